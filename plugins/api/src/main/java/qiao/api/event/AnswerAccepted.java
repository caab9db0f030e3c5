package qiao.api.event;

import java.time.Instant;

/**
 * A reply became the accepted answer of its question; {@code official} when the board's moderators or
 * staff accepted it (官方采纳) rather than the asker.
 */
public record AnswerAccepted(long threadId, long postId, long boardId, boolean official, long actorId,
        Instant at) implements PostEvent {
}
