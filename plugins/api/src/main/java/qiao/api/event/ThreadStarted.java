package qiao.api.event;

import java.time.Instant;

/**
 * A thread was started; {@code postId} is its opening post.
 */
public record ThreadStarted(long threadId, long postId, long boardId, long actorId, Instant at) implements PostEvent {
}
