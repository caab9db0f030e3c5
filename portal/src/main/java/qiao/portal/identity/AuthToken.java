package qiao.portal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A sign-in that lasts: a browser session or an API token. Only the token's SHA-256 is kept. */
@Entity
@Table(name = "auth_token")
public class AuthToken {

    /** Sessions live in a browser cookie; API tokens in an Authorization header. */
    public enum Kind {
        SESSION(Duration.ofDays(30)), API(Duration.ofDays(90));

        private final Duration lifetime;

        Kind(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    @Id
    @SequenceGenerator(name = "auth_token_seq", sequenceName = "auth_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auth_token_seq")
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String label;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected AuthToken() {
    }

    AuthToken(String tokenHash, long accountId, Kind kind, String label, Instant now) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.kind = kind;
        this.label = label;
        this.createdAt = Account.utc(now);
        this.lastUsedAt = Account.utc(now);
        this.expiresAt = Account.utc(now.plus(kind.lifetime()));
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant();
    }

    boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt.toInstant());
    }

    /** Records use at most every few minutes, so a busy session does not write on every request. */
    boolean touch(Instant now) {
        if (Duration.between(lastUsedAt.toInstant(), now).toMinutes() < 5) {
            return false;
        }
        lastUsedAt = Account.utc(now);
        return true;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = Account.utc(now);
        }
    }
}
