package qiao.api.event;

/** A change to one post of a thread. */
public interface PostEvent extends ThreadEvent {

    long postId();
}
