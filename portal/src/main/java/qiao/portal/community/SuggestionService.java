package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import qiao.portal.identity.Account;
import qiao.portal.identity.Caller;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/**
 * Staff steer suggestions: set a status with a public note (its author and voters are told), and
 * merge a duplicate into another suggestion, moving its votes without counting anyone twice.
 */
@ApplicationScoped
public class SuggestionService {

    static final int NOTE_MAX = 1000;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardModerators moderators;

    @Inject
    BoardService boards;

    @Inject
    Event<StatusChanged> changed;

    @Inject
    FollowService follows;

    @Transactional
    public ForumThread setStatus(long threadId, String rawStatus, String rawNote) {
        Account me = caller.require();
        ForumThread thread = suggestion(threadId);
        requireModerator(thread);
        FieldErrors errors = new FieldErrors();
        SuggestionStatus status = SuggestionStatus.fromKey(rawStatus == null ? "" : rawStatus.strip().toLowerCase())
                .orElseGet(() -> {
                    errors.add("status", "validation.status");
                    return null;
                });
        String note = rawNote == null || rawNote.isBlank() ? null : rawNote.strip();
        if (note != null && note.codePointCount(0, note.length()) > NOTE_MAX) {
            errors.add("note", "validation.tooLong", NOTE_MAX);
        }
        errors.throwIfAny();
        thread.changeStatus(status, note, clock.instant());
        Set<Long> concerned = new LinkedHashSet<>();
        concerned.add(thread.authorId());
        concerned.addAll(voters(thread.id()));
        concerned.addAll(follows.followers(FollowService.THREAD, thread.id()));
        concerned.remove(me.id());
        changed.fire(new StatusChanged(thread.id(), thread.title(), status, note, me.id(), concerned));
        return thread;
    }

    /** Merges a duplicate suggestion into another; votes move over, each voter counted once. */
    @Transactional
    public ForumThread merge(long duplicateId, long targetId) {
        caller.require();
        if (duplicateId == targetId) {
            throw InvalidInput.of("target", "validation.merge.self");
        }
        ForumThread duplicate = suggestion(duplicateId);
        ForumThread target = suggestion(targetId);
        requireModerator(duplicate);
        requireModerator(target);
        if (duplicate.mergedInto() != null || target.mergedInto() != null) {
            throw Refusal.conflict("suggestion.alreadyMerged");
        }
        em.lock(target, LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("INSERT INTO thread_vote (thread_id, account_id, voted_at) "
                        + "SELECT ?1, v.account_id, v.voted_at FROM thread_vote v WHERE v.thread_id = ?2 "
                        + "AND NOT EXISTS (SELECT 1 FROM thread_vote w WHERE w.thread_id = ?1 AND w.account_id = v.account_id)")
                .setParameter(1, targetId).setParameter(2, duplicateId).executeUpdate();
        em.createNativeQuery("DELETE FROM thread_vote WHERE thread_id = ?1").setParameter(1, duplicateId).executeUpdate();
        duplicate.setVoteCount(0);
        duplicate.mergeInto(targetId);
        target.setVoteCount(((Number) em.createNativeQuery("SELECT COUNT(*) FROM thread_vote WHERE thread_id = ?1")
                .setParameter(1, targetId).getSingleResult()).intValue());
        return target;
    }

    private void requireModerator(ForumThread thread) {
        if (!moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
    }

    private ForumThread suggestion(long id) {
        ForumThread thread = em.find(ForumThread.class, id);
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        if (thread.kind() != ThreadKind.SUGGESTION) {
            throw Refusal.conflict("suggestion.notSuggestion");
        }
        return thread;
    }

    private List<Long> voters(long threadId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM thread_vote WHERE thread_id = ?1")
                .setParameter(1, threadId).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
