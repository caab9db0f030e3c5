package qiao.portal.community;

import java.util.Set;

/**
 * A thread was started or a reply posted (fired inside the writing transaction).
 *
 * @param threadAuthorId who started the thread
 * @param mentions       usernames mentioned with {@code @name}, lower case
 * @param followers      who follows the thread (for a reply) or its board (for a new thread)
 */
public record PostPublished(long threadId, String threadTitle, long postId, int position, long authorId,
        long threadAuthorId, Set<String> mentions, Set<Long> followers) {

    public boolean isReply() {
        return position > 0;
    }
}
