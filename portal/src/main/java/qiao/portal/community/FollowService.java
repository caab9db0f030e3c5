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
 * Following threads and boards. Starting or replying to a thread follows it; anyone who may read a
 * thread or board may follow it and stop following.
 */
@ApplicationScoped
public class FollowService {

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

    @Transactional
    public boolean followThread(long threadId, boolean follow) {
        Account me = caller.require();
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        set(me.id(), THREAD, threadId, follow);
        return follow;
    }

    @Transactional
    public boolean followBoard(String slug, boolean follow) {
        Account me = caller.require();
        set(me.id(), BOARD, boards.readable(slug).id(), follow);
        return follow;
    }

    /** Follows on someone's behalf (when they start or reply to a thread). */
    void follow(long accountId, String type, long targetId) {
        set(accountId, type, targetId, true);
    }

    @Transactional
    public boolean follows(String type, long targetId) {
        return caller.signedIn() && !em.createNativeQuery(
                        "SELECT 1 FROM follow WHERE account_id = ?1 AND target_type = ?2 AND target_id = ?3")
                .setParameter(1, caller.require().id()).setParameter(2, type).setParameter(3, targetId)
                .getResultList().isEmpty();
    }

    Set<Long> followers(String type, long targetId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM follow WHERE target_type = ?1 AND target_id = ?2")
                .setParameter(1, type).setParameter(2, targetId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    private void set(long accountId, String type, long targetId, boolean follow) {
        if (follow) {
            em.createNativeQuery("INSERT INTO follow (account_id, target_type, target_id, created_at) SELECT ?1, ?2, ?3, ?4 "
                            + "WHERE NOT EXISTS (SELECT 1 FROM follow WHERE account_id = ?1 AND target_type = ?2 AND target_id = ?3)")
                    .setParameter(1, accountId).setParameter(2, type).setParameter(3, targetId)
                    .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM follow WHERE account_id = ?1 AND target_type = ?2 AND target_id = ?3")
                    .setParameter(1, accountId).setParameter(2, type).setParameter(3, targetId).executeUpdate();
        }
    }
}
