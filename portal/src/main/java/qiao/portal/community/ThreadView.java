package qiao.portal.community;

import java.util.List;

/** A thread as a reader sees it: its board, one page of posts, and whether they may reply. */
public record ThreadView(Board board, ForumThread thread, List<Post> posts, int page, int pages, boolean canReply) {
}
