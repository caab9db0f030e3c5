package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.Refusal;

/**
 * Up-votes: on replies (one per person, never on one's own post) and on suggestion threads (one per
 * person). Voting twice is the same as voting once; withdrawing a vote never given changes nothing.
 */
@ApplicationScoped
class VoteService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ThreadAccess access;

    /** Votes for a post; returns its vote count afterwards. */
    @Transactional
    public int votePost(long postId, boolean up) {
        Person me = caller.require();
        Post post = access.livePost(postId);
        if (post.authorId() == me.id()) {
            throw Refusal.conflict("vote.ownPost");
        }
        return vote(Mark.POST_VOTE, "post", postId, me, up);
    }

    /** Votes for a suggestion; returns its vote count afterwards. */
    @Transactional
    public int voteThread(long threadId, boolean up) {
        Person me = caller.require();
        ForumThread thread = access.live(threadId);
        if (thread.kind() != ThreadKind.SUGGESTION) {
            throw Refusal.conflict("vote.notSuggestion");
        }
        return vote(Mark.THREAD_VOTE, "thread", threadId, me, up);
    }

    /** Sets or withdraws the vote and keeps the voted row's counter in step; returns the count. */
    private int vote(Mark mark, String table, long id, Person me, boolean up) {
        if (mark.set(em, up, clock.instant(), id, me.id())) {
            em.createNativeQuery("UPDATE " + table + " SET vote_count = vote_count + ?1 WHERE id = ?2")
                    .setParameter(1, up ? 1 : -1).setParameter(2, id).executeUpdate();
        }
        return ((Number) em.createNativeQuery("SELECT vote_count FROM " + table + " WHERE id = ?1").setParameter(1, id)
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
        return caller.signedIn() && Mark.THREAD_VOTE.isSet(em, threadId, caller.require().id());
    }

    /** Who voted for a suggestion. */
    Set<Long> voters(long threadId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM thread_vote WHERE thread_id = ?1")
                .setParameter(1, threadId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }
}
