package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Limits failed sign-ins, so passwords cannot be guessed, without locking out the people whose
 * password it is. An account takes {@value #PER_ACCOUNT} failures (since its last success) within
 * {@link #WINDOW}, then waits until the oldest of them is that old. A client address takes
 * {@value #PER_ADDRESS} failures within the window at full speed; after that each attempt from it
 * waits twice as long after the one before, up to {@link #LONGEST_WAIT}: a guesser is slowed to a
 * crawl, while someone behind the same address (a campus, an office, a carrier's NAT) still signs
 * in with the right password after a short wait. Attempts are rows in the database, so the limits
 * hold across every node of a cluster.
 */
@ApplicationScoped
class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    /** How long this sign-in must wait before it may be tried, if it must. */
    @Transactional
    public Optional<Duration> wait(String usernameKey, String address) {
        Instant now = clock.instant();
        OffsetDateTime since = Account.utc(now.minus(WINDOW));
        OffsetDateTime lastSuccess = em.createQuery("SELECT MAX(a.attemptedAt) FROM SignInAttempt a "
                        + "WHERE a.usernameKey = :key AND a.succeeded = TRUE", OffsetDateTime.class)
                .setParameter("key", usernameKey).getSingleResult();
        OffsetDateTime accountSince = lastSuccess != null && lastSuccess.isAfter(since) ? lastSuccess : since;
        List<OffsetDateTime> accountFailures = failures("a.usernameKey = :value", usernameKey, accountSince, PER_ACCOUNT);
        Duration wait = Duration.ZERO;
        if (accountFailures.size() >= PER_ACCOUNT) {
            wait = Duration.between(now, accountFailures.getLast().toInstant().plus(WINDOW));
        }
        long addressFailures = em.createQuery("SELECT COUNT(a) FROM SignInAttempt a WHERE a.address = :value "
                        + "AND a.succeeded = FALSE AND a.attemptedAt > :since", Long.class)
                .setParameter("value", address).setParameter("since", since).getSingleResult();
        if (addressFailures >= PER_ADDRESS) {
            Instant last = failures("a.address = :value", address, since, 1).getFirst().toInstant();
            Duration slowed = slowdown(addressFailures - PER_ADDRESS);
            Duration addressWait = Duration.between(now, last.plus(slowed));
            wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
        }
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    /** Recorded in its own transaction, so a failure is counted even though the sign-in is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String usernameKey, String address, boolean succeeded) {
        em.persist(new SignInAttempt(usernameKey, address, clock.instant(), succeeded));
    }

    /** The wait after the n-th failure beyond the address's allowance: 1 s, 2 s, 4 s … at most {@link #LONGEST_WAIT}. */
    static Duration slowdown(long beyond) {
        return beyond >= 6 ? LONGEST_WAIT : Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 1L << beyond));
    }

    /** The latest failures matching the condition since a moment, newest first, at most {@code limit}. */
    private List<OffsetDateTime> failures(String condition, String value, OffsetDateTime since, int limit) {
        return em.createQuery("SELECT a.attemptedAt FROM SignInAttempt a WHERE " + condition
                        + " AND a.succeeded = FALSE AND a.attemptedAt > :since ORDER BY a.attemptedAt DESC",
                        OffsetDateTime.class)
                .setParameter("value", value).setParameter("since", since).setMaxResults(limit).getResultList();
    }
}
