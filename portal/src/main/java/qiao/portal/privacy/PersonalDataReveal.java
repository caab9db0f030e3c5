package qiao.portal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A record that a staff member saw the unmasked text of someone else's post, and why. */
@Entity
@Table(name = "personal_data_reveal")
public class PersonalDataReveal {

    @Id
    @SequenceGenerator(name = "personal_data_reveal_seq", sequenceName = "personal_data_reveal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_reveal_seq")
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "revealed_at")
    private OffsetDateTime revealedAt;

    private String reason;

    protected PersonalDataReveal() {
    }

    PersonalDataReveal(long postId, long accountId, String reason, Instant now) {
        this.postId = postId;
        this.accountId = accountId;
        this.reason = reason;
        this.revealedAt = now.atOffset(ZoneOffset.UTC);
    }

    public long postId() {
        return postId;
    }

    public long accountId() {
        return accountId;
    }

    public String reason() {
        return reason;
    }

    public Instant revealedAt() {
        return revealedAt.toInstant();
    }
}
