package qiao.portal.community;

import java.util.List;

/**
 * Lines another feature adds under a thread's question, for the person reading it (the help center:
 * "this answer became an article", or, for its writers, a way to make it one). Implemented as CDI beans
 * by the features that have something to say; the thread page shows what they return.
 */
public interface ThreadNotes {

    /** A line of text with a link. */
    record Note(String id, String text, String linkText, String url) {
    }

    /** What to say under this thread for the caller (solved: it has an accepted answer). */
    List<Note> notes(long threadId, boolean solved);
}
