package qiao.api.event;

import java.time.Instant;

/**
 * A reply was posted to a thread.
 */
public record PostPublished(long postId, long threadId, long boardId, long actorId, Instant at) implements PostEvent {
}
