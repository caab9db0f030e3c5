package qiao.api.event;

import java.time.Instant;

/**
 * A post's text (and, for the opening post, perhaps the thread's title) was changed; the old text is
 * kept as a revision.
 */
public record PostEdited(long postId, long threadId, long boardId, long actorId, Instant at) implements PostEvent {
}
