package qiao.api.event;

import java.time.Instant;

/**
 * A thread was closed to replies (its board's moderators may still reply).
 */
public record ThreadClosed(long threadId, long boardId, long actorId, Instant at) implements ThreadEvent {
}
