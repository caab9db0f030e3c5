package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import qiao.api.event.PortalEvent;
import qiao.api.event.SuggestionStatusChanged;
import qiao.api.event.ThreadMerged;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/**
 * Staff steer suggestions: set a status with a public note (its author and voters are told), and
 * merge a duplicate into another suggestion, moving its votes without counting anyone twice.
 */
@ApplicationScoped
class SuggestionService {

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
    ThreadAccess access;

    @Inject
    Event<PortalEvent> events;

    @Transactional
    public ForumThread setStatus(long threadId, String rawStatus, String rawNote) {
        Person me = caller.require();
        ForumThread thread = suggestion(threadId);
        requireModerator(thread);
        FieldErrors errors = new FieldErrors();
        SuggestionStatus status = SuggestionStatus.fromKey(rawStatus == null ? "" : rawStatus.strip().toLowerCase())
                .orElseGet(() -> {
                    errors.add("status", "validation.status");
                    return null;
                });
        // the form shows the note masked; what is still masked in it stands for what was written before
        String note = rawNote == null || rawNote.isBlank() ? null
                : PersonalData.unmask(rawNote.strip(), thread.statusNoteAsWritten());
        if (note != null && note.codePointCount(0, note.length()) > NOTE_MAX) {
            errors.add("note", "validation.tooLong", NOTE_MAX);
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        thread.changeStatus(status, note, now);
        events.fire(new SuggestionStatusChanged(thread.id(), thread.boardId(), status.key(), me.id(), now));
        return thread;
    }

    /** Merges a duplicate suggestion into another; votes move over, each voter counted once. */
    @Transactional
    public ForumThread merge(long duplicateId, long targetId) {
        Person me = caller.require();
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
        events.fire(new ThreadMerged(duplicate.id(), target.id(), duplicate.boardId(), me.id(), clock.instant()));
        return target;
    }

    private void requireModerator(ForumThread thread) {
        if (!moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
    }

    private ForumThread suggestion(long id) {
        ForumThread thread = access.live(id);
        if (thread.kind() != ThreadKind.SUGGESTION) {
            throw Refusal.conflict("suggestion.notSuggestion");
        }
        return thread;
    }
}
