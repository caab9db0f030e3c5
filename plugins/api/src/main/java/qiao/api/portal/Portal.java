package qiao.api.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a plugin may read and do in the portal. Views are immutable copies. Reads see what the site holds (a plugin
 * runs for the site, not for a visitor): before showing anything to a person, ask {@link #canRead}. New methods come
 * with new minor versions of the SDK, never changing these.
 */
public interface Portal {

    /** A thread that is not deleted. */
    Optional<ThreadView> thread(long threadId);

    /** A post that is not deleted, in a thread that is not. */
    Optional<PostView> post(long postId);

    Optional<UserView> user(long accountId);

    /** Accounts in id order after {@code afterId}, at most {@code limit} (at most 500): for jobs that go through everyone. */
    List<UserView> users(long afterId, int limit);

    /** {@code user}, {@code staff}, {@code moderator}, {@code admin}; empty for no such account. */
    Set<String> roles(long accountId);

    /** Whether the person may read the thread now. */
    boolean canRead(long accountId, long threadId);

    /**
     * Puts a notification in the person's list, exactly once per {@code notice.key()}: true if it was added, false if
     * this plugin already sent that key to that person (so a retried listener or a job run on two nodes tells once).
     */
    boolean notify(long accountId, Notice notice);

    /** Adds a note from the site under a thread's question, shown to everyone who may read the thread. */
    void postSystemNote(long threadId, String text);
}
