package qiao.api.event;

import java.time.Instant;

/**
 * A thread's tags were replaced, or one of them was deleted by an admin.
 */
public record ThreadTagsChanged(long threadId, long boardId, long actorId, Instant at) implements ThreadEvent {
}
