package qiao.api.event;

import java.time.Instant;

/**
 * A post was deleted (hidden; it can be restored). Deleting the opening post deletes the thread:
 * {@code threadDeleted}.
 */
public record PostDeleted(long postId, long threadId, long boardId, boolean threadDeleted, long actorId,
        Instant at) implements PostEvent {
}
