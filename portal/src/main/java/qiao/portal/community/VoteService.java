package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import qiao.portal.identity.Account;
import qiao.portal.identity.Caller;
import qiao.portal.web.Refusal;

/**
 * Up-votes: on replies (one per person, never on one's own post) and on suggestion threads (one per
 * person). Voting twice is the same as voting once; withdrawing a vote never given changes nothing.
 */
@ApplicationScoped
public class VoteService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    /** Votes for a post; returns its vote count afterwards. */
    @Transactional
    public int votePost(long postId, boolean up) {
        Account me = caller.require();
        Post post = em.find(Post.class, postId);
        ForumThread thread = post == null || post.deleted() ? null : em.find(ForumThread.class, post.threadId());
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        if (post.authorId() == me.id()) {
            throw Refusal.conflict("vote.ownPost");
        }
        int changed = up
                ? em.createNativeQuery("INSERT INTO post_vote (post_id, account_id, voted_at) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM post_vote WHERE post_id = ?1 AND account_id = ?2)")
                        .setParameter(1, postId).setParameter(2, me.id())
                        .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate()
                : em.createNativeQuery("DELETE FROM post_vote WHERE post_id = ?1 AND account_id = ?2")
                        .setParameter(1, postId).setParameter(2, me.id()).executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE post SET vote_count = vote_count + ?1 WHERE id = ?2")
                    .setParameter(1, up ? 1 : -1).setParameter(2, postId).executeUpdate();
        }
        return ((Number) em.createNativeQuery("SELECT vote_count FROM post WHERE id = ?1").setParameter(1, postId)
                .getSingleResult()).intValue();
    }

    /** Votes for a suggestion; returns its vote count afterwards. */
    @Transactional
    public int voteThread(long threadId, boolean up) {
        Account me = caller.require();
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        if (thread.kind() != ThreadKind.SUGGESTION) {
            throw Refusal.conflict("vote.notSuggestion");
        }
        int changed = up
                ? em.createNativeQuery("INSERT INTO thread_vote (thread_id, account_id, voted_at) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM thread_vote WHERE thread_id = ?1 AND account_id = ?2)")
                        .setParameter(1, threadId).setParameter(2, me.id())
                        .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate()
                : em.createNativeQuery("DELETE FROM thread_vote WHERE thread_id = ?1 AND account_id = ?2")
                        .setParameter(1, threadId).setParameter(2, me.id()).executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE thread SET vote_count = vote_count + ?1 WHERE id = ?2")
                    .setParameter(1, up ? 1 : -1).setParameter(2, threadId).executeUpdate();
        }
        return ((Number) em.createNativeQuery("SELECT vote_count FROM thread WHERE id = ?1").setParameter(1, threadId)
                .getSingleResult()).intValue();
    }

    /** Which of these posts the caller has voted for. */
    @Transactional
    public Set<Long> myVotes(List<Long> postIds) {
        if (!caller.signedIn() || postIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT post_id FROM post_vote WHERE account_id = ?1 AND post_id IN ("
                        + postIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .setParameter(1, caller.require().id()).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    @Transactional
    public boolean votedForThread(long threadId) {
        return caller.signedIn() && !em.createNativeQuery(
                        "SELECT 1 FROM thread_vote WHERE thread_id = ?1 AND account_id = ?2")
                .setParameter(1, threadId).setParameter(2, caller.require().id()).getResultList().isEmpty();
    }
}
