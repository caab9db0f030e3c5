package qiao.api.event;

import java.time.Instant;

/**
 * A closed thread was opened to replies again.
 */
public record ThreadReopened(long threadId, long boardId, long actorId, Instant at) implements ThreadEvent {
}
