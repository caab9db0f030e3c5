package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues, resolves and revokes sign-in tokens. A token is 32 random bytes; the database holds only
 * its SHA-256, so neither a database leak nor a log line can sign anyone in.
 */
@ApplicationScoped
class AuthTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    /** A freshly issued token: its only plain copy, and when it stops working. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** Makes a new token. */
    @Transactional
    public Issued issue(long accountId, AuthToken.Kind kind, String label) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AuthToken stored = new AuthToken(PasswordHasher.sha256Hex(token), accountId, kind, label, clock.instant());
        em.persist(stored);
        return new Issued(token, stored.expiresAt());
    }

    /** The account a live token of this kind belongs to. */
    @Transactional
    public Optional<Account> resolve(String token, AuthToken.Kind kind) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return find(token).filter(t -> t.kind() == kind && t.isUsable(now)).map(t -> {
            t.touch(now);
            return em.find(Account.class, t.accountId());
        });
    }

    @Transactional
    public void revoke(String token) {
        find(token).ifPresent(t -> t.revoke(clock.instant()));
    }

    /** Ends every session and API token of the account except the one given (which may be null). */
    @Transactional
    public int revokeAllExcept(long accountId, String keep) {
        String keepHash = keep == null ? "" : PasswordHasher.sha256Hex(keep);
        return em.createQuery("UPDATE AuthToken t SET t.revokedAt = :now WHERE t.accountId = :account "
                        + "AND t.revokedAt IS NULL AND t.tokenHash <> :keep")
                .setParameter("now", Account.utc(clock.instant())).setParameter("account", accountId).setParameter("keep", keepHash)
                .executeUpdate();
    }

    private Optional<AuthToken> find(String token) {
        return em.createQuery("SELECT t FROM AuthToken t WHERE t.tokenHash = :hash", AuthToken.class)
                .setParameter("hash", PasswordHasher.sha256Hex(token))
                .getResultStream().findFirst();
    }
}
