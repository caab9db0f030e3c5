package qiao.portal.community;

/**
 * A reply became the accepted answer of a question (fired inside the accepting transaction).
 *
 * @param byStaff whether staff accepted it (官方采纳) rather than the asker
 */
public record AnswerAccepted(long threadId, String threadTitle, long postId, long askerId, long answererId,
        long acceptedBy, boolean byStaff) {
}
