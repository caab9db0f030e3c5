package qiao.portal.community;

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
import qiao.portal.content.Cooked;

/** One post of a thread: the Markdown as written and the safe HTML made from it. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    private Long id;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "author_id")
    private Long authorId;

    private int position;
    private String raw;
    private String cooked;

    @Column(name = "personal_data")
    private boolean personalData;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "vote_count")
    private int voteCount;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected Post() {
    }

    Post(long threadId, long authorId, int position, String raw, Cooked cooked, String idempotencyKey, Instant now) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.position = position;
        this.raw = raw;
        this.cooked = cooked.html();
        this.personalData = cooked.masked();
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = this.createdAt;
    }

    void votesChanged(int delta) {
        voteCount += delta;
    }

    public int voteCount() {
        return voteCount;
    }

    public Long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public long authorId() {
        return authorId;
    }

    public int position() {
        return position;
    }

    public String raw() {
        return raw;
    }

    /** Whether {@link #html()} shows personal data masked that the raw text holds in full. */
    public boolean personalData() {
        return personalData;
    }

    /** Sanitized HTML, safe to insert into a page unescaped, with personal data masked. */
    public String html() {
        return cooked;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
