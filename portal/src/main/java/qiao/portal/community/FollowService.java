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

/**
 * Following threads and boards. Starting or replying to a thread follows it; anyone who may read a
 * thread or board may follow it and stop following.
 */
@ApplicationScoped
class FollowService {

    static final String THREAD = "THREAD";
    static final String BOARD = "BOARD";

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    @Inject
    ThreadAccess access;

    @Transactional
    public boolean followThread(long threadId, boolean follow) {
        long me = caller.require().id();
        access.live(threadId);
        Mark.FOLLOW.set(em, follow, clock.instant(), me, THREAD, threadId);
        return follow;
    }

    @Transactional
    public boolean followBoard(String slug, boolean follow) {
        long me = caller.require().id();
        Mark.FOLLOW.set(em, follow, clock.instant(), me, BOARD, boards.readable(slug).id());
        return follow;
    }

    /** Follows on someone's behalf (when they start or reply to a thread). */
    void follow(long accountId, String type, long targetId) {
        Mark.FOLLOW.set(em, true, clock.instant(), accountId, type, targetId);
    }

    @Transactional
    public boolean follows(String type, long targetId) {
        return caller.signedIn() && Mark.FOLLOW.isSet(em, caller.require().id(), type, targetId);
    }

    /** Who follows a thread or a board (whether they may still read it is for the reader of this to check). */
    Set<Long> followers(String type, long targetId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM follow WHERE target_type = ?1 AND target_id = ?2")
                .setParameter(1, type).setParameter(2, targetId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }
}
