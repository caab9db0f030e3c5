package qiao.portal.community;

/** A moderator moved a thread to another board (fired inside the moving transaction). */
public record ThreadMoved(long threadId, String threadTitle, long authorId, long movedBy) {
}
