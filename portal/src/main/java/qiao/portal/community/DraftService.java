package qiao.portal.community;

import qiao.portal.content.WritingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import qiao.portal.identity.Caller;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;

/**
 * The composer's unsent text, kept on the server: one draft per person per place ("thread-42" for
 * a reply, "board-help" for a new thread there), so it follows them from phone to laptop.
 */
@ApplicationScoped
class DraftService {

    private static final Pattern KEY = Pattern.compile("(thread-[0-9]{1,18}|board-[a-z0-9-]{2,63})");

    /** A saved draft; kind and tags only for a new thread's (null otherwise). */
    public record Draft(String key, String title, String body, String kind, String tags) {
    }

    private static final int TAGS_FIELD_MAX = 400;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ThreadAccess access;

    @Inject
    BoardService boards;

    @Transactional
    public void save(String key, String title, String body) {
        save(key, title, body, null, null);
    }

    /** Saves a new thread's draft with its kind (ignored unless it is one) and tags field as typed. */
    @Transactional
    public void save(String key, String title, String body, String kind, String tags) {
        long me = caller.require().id();
        requireKey(key);
        requireReadablePlace(key);
        FieldErrors errors = new FieldErrors();
        if (body != null && body.codePointCount(0, body.length()) > WritingRules.BODY_MAX) {
            errors.add("body", "validation.tooLong", WritingRules.BODY_MAX);
        }
        if (title != null && title.codePointCount(0, title.length()) > WritingRules.TITLE_MAX) {
            errors.add("title", "validation.tooLong", WritingRules.TITLE_MAX);
        }
        if (tags != null && tags.length() > TAGS_FIELD_MAX) {
            errors.add("tags", "validation.tooLong", TAGS_FIELD_MAX);
        }
        errors.throwIfAny();
        discard(me, key);
        em.createNativeQuery("INSERT INTO draft (account_id, draft_key, title, body, saved_at, kind, tags) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, me).setParameter(2, key).setParameter(3, title == null ? "" : title)
                .setParameter(4, body == null ? "" : body).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(6, ThreadKind.fromKey(kind == null ? "" : kind).map(ThreadKind::key).orElse(null))
                .setParameter(7, tags == null || tags.isBlank() ? null : tags.strip())
                .executeUpdate();
    }

    @Transactional
    public Optional<Draft> load(String key) {
        if (!caller.signedIn() || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT title, body, kind, tags FROM draft WHERE account_id = ?1 AND draft_key = ?2")
                .setParameter(1, caller.require().id()).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r)
                .map(r -> new Draft(key, (String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    @Transactional
    public void discard(String key) {
        requireKey(key);
        discard(caller.require().id(), key);
    }

    private void discard(long accountId, String key) {
        em.createNativeQuery("DELETE FROM draft WHERE account_id = ?1 AND draft_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).executeUpdate();
    }

    /** A draft belongs to a place the caller may read: nothing is kept for a thread or board they cannot see. */
    private void requireReadablePlace(String key) {
        if (key.startsWith("thread-")) {
            access.live(Long.parseLong(key.substring("thread-".length())));
        } else {
            boards.readable(key.substring("board-".length()));
        }
    }

    private static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidInput.of("key", "validation.draftKey");
        }
    }
}
