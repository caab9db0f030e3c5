package qiao.api.event;

/** A change to a thread or to something in it. */
public interface ThreadEvent extends PortalEvent {

    long threadId();

    /** The board the thread is in after the change. */
    long boardId();
}
