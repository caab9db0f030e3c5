package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Limits failed sign-ins: at most {@value #PER_ACCOUNT} per account (since its last success) and
 * {@value #PER_ADDRESS} per client address within {@link #WINDOW}. Attempts are rows in the
 * database, so the limit holds across every node of a cluster.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public boolean allows(String usernameKey, String address) {
        OffsetDateTime since = Account.utc(clock.instant().minus(WINDOW));
        OffsetDateTime lastSuccess = em.createQuery("SELECT MAX(a.attemptedAt) FROM SignInAttempt a "
                        + "WHERE a.usernameKey = :key AND a.succeeded = TRUE", OffsetDateTime.class)
                .setParameter("key", usernameKey).getSingleResult();
        OffsetDateTime accountSince = lastSuccess != null && lastSuccess.isAfter(since) ? lastSuccess : since;
        long accountFailures = failures("a.usernameKey = :value", usernameKey, accountSince);
        long addressFailures = failures("a.address = :value", address, since);
        return accountFailures < PER_ACCOUNT && addressFailures < PER_ADDRESS;
    }

    /** Recorded in its own transaction, so a failure is counted even though the sign-in is refused. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String usernameKey, String address, boolean succeeded) {
        em.persist(new SignInAttempt(usernameKey, address, clock.instant(), succeeded));
    }

    private long failures(String condition, String value, OffsetDateTime since) {
        return em.createQuery("SELECT COUNT(a) FROM SignInAttempt a WHERE " + condition
                        + " AND a.succeeded = FALSE AND a.attemptedAt > :since", Long.class)
                .setParameter("value", value).setParameter("since", since).getSingleResult();
    }
}
