package qiao.portal.community;

import java.util.List;

/** One page of a board's threads; {@code next} is null on the last page. */
record ThreadList(Board board, List<ForumThread> threads, ThreadCursor next, boolean canStart) {
}
