package qiao.portal.community;

import java.util.List;

/**
 * A thread as a reader sees it: its board, one page of posts, whether they may reply, and whether
 * they moderate the board (and so see deleted posts and the moderators' tools).
 */
record ThreadView(Board board, ForumThread thread, List<Post> posts, int page, int pages, boolean canReply,
        boolean moderates) {
}
