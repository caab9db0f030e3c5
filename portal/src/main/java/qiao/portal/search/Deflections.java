package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.Refusal;

/**
 * How often self-service answers a question before it is asked (先自助): a composer that shows similar
 * solved questions carries a token; the token records that suggestions were shown, that one was
 * opened, and whether the question was posted anyway. Only the writer's own token counts.
 */
@ApplicationScoped
public class Deflections {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A token for a new composing session. */
    public String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The caller was shown {@code count} suggestions while composing. */
    @Transactional
    public void shown(String token, int count) {
        Optional<Person> me = caller.person();
        if (me.isEmpty() || count == 0 || !valid(token)) {
            return;
        }
        Deflection row = em.find(Deflection.class, token);
        if (row == null) {
            em.persist(new Deflection(token, me.get().id(), count, clock.instant()));
        } else if (row.accountId() == me.get().id()) {
            row.shownAgain(count);
        }
    }

    /** The caller opened a suggestion they were shown. */
    @Transactional
    public void opened(String token, String kind, long id) {
        mine(token).ifPresent(row -> row.opened(kind, id, clock.instant()));
    }

    /** The caller posted their question after all. */
    @Transactional
    public void posted(String token, long threadId) {
        mine(token).ifPresent(row -> row.posted(threadId, clock.instant()));
    }

    private Optional<Deflection> mine(String token) {
        Optional<Person> me = caller.person();
        if (me.isEmpty() || !valid(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Deflection.class, token)).filter(row -> row.accountId() == me.get().id());
    }

    private static boolean valid(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * Over the last {@code days}: sessions shown suggestions, sessions in which one was opened, and
     * of those, how many posted their question anyway.
     */
    public record Stats(int days, long shown, long opened, long postedAfterOpening) {

        /** Questions self-service answered: a suggestion was opened, and nothing was posted. */
        public long answered() {
            return opened - postedAfterOpening;
        }

        /** The share of sessions shown suggestions that self-service answered, in percent. */
        public double rate() {
            return shown == 0 ? 0 : 100.0 * answered() / shown;
        }
    }

    @Transactional
    public Stats stats(int days) {
        if (!caller.require().isStaff()) {
            throw Refusal.forbidden();
        }
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Object[] row = em.createQuery("SELECT COUNT(d), "
                        + "SUM(CASE WHEN d.openedAt IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN d.openedAt IS NOT NULL AND d.postedAt IS NOT NULL THEN 1 ELSE 0 END) "
                        + "FROM Deflection d WHERE d.shownAt >= :since", Object[].class)
                .setParameter("since", since.atOffset(ZoneOffset.UTC)).getSingleResult();
        return new Stats(days, number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
