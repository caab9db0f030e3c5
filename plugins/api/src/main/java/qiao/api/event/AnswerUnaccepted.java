package qiao.api.event;

import java.time.Instant;

/**
 * A question's accepted answer was taken back.
 */
public record AnswerUnaccepted(long threadId, long postId, long boardId, long actorId,
        Instant at) implements PostEvent {
}
