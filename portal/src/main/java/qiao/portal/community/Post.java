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

    @Column(name = "edit_count")
    private int editCount;

    @Column(name = "deleted_by")
    private Long deletedBy;

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

    /** Replaces the text; the caller keeps the old text as a revision first. */
    void edit(String raw, Cooked cooked, Instant now) {
        this.raw = raw;
        this.cooked = cooked.html();
        this.personalData = cooked.masked();
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
        this.editCount++;
    }

    void delete(long by, Instant now) {
        this.deletedAt = now.atOffset(ZoneOffset.UTC);
        this.deletedBy = by;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    public int editCount() {
        return editCount;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    void votesChanged(int delta) {
        voteCount += delta;
    }

    public int voteCount() {
        return voteCount;
    }

    /** Where the post is read: its thread's page that holds it, at its anchor. */
    String url() {
        int page = position / ThreadService.POSTS_PER_PAGE;
        return "/t/" + threadId + (page > 0 ? "?page=" + page : "") + "#post-" + id;
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
