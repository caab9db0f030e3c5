package qiao.api.event;

import java.time.Instant;

/**
 * A deleted post was restored; restoring the opening post restores the thread: {@code threadRestored}.
 */
public record PostRestored(long postId, long threadId, long boardId, boolean threadRestored, long actorId,
        Instant at) implements PostEvent {
}
