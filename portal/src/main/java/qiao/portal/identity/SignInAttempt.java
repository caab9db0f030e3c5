package qiao.portal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One try at signing in, kept for rate limiting and for the account owner's security history. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    private Long id;

    @Column(name = "username_key")
    private String usernameKey;

    private String address;

    @Column(name = "attempted_at")
    private OffsetDateTime attemptedAt;

    private boolean succeeded;

    protected SignInAttempt() {
    }

    SignInAttempt(String usernameKey, String address, Instant attemptedAt, boolean succeeded) {
        this.usernameKey = usernameKey;
        this.address = address;
        this.attemptedAt = Account.utc(attemptedAt);
        this.succeeded = succeeded;
    }
}
