package qiao.portal.helpcenter;

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

/** One reader's answer to "Was this helpful?": an account's, or a browser's; a second answer replaces it. */
@Entity
@Table(name = "help_feedback")
class ArticleFeedback {

    @Id
    @SequenceGenerator(name = "help_feedback_seq", sequenceName = "help_feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_feedback_seq")
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    @Column(name = "account_id")
    private Long accountId;

    private String browser;

    private boolean helpful;

    private String comment;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ArticleFeedback() {
    }

    ArticleFeedback(long articleId, Long accountId, String browser, boolean helpful, String comment, Instant now) {
        this.articleId = articleId;
        this.accountId = accountId;
        this.browser = browser;
        this.helpful = helpful;
        this.comment = comment;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = this.createdAt;
    }

    void answer(boolean helpful, String comment, Instant now) {
        this.helpful = helpful;
        this.comment = comment;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    long articleId() {
        return articleId;
    }

    boolean helpful() {
        return helpful;
    }

    String comment() {
        return comment;
    }

    Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
