package qiao.api.event;

import java.time.Instant;

/**
 * A thread was moved from one board ({@code fromBoardId}) to another ({@code boardId}).
 */
public record ThreadMoved(long threadId, long fromBoardId, long boardId, long actorId,
        Instant at) implements ThreadEvent {
}
