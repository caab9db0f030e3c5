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
import java.util.Arrays;
import java.util.List;

/** One version of an article's text, as it was written: nothing an edit replaces is lost. */
@Entity
@Table(name = "help_article_revision")
class ArticleRevision {

    @Id
    @SequenceGenerator(name = "help_article_revision_seq", sequenceName = "help_article_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_article_revision_seq")
    private Long id;

    @Column(name = "article_id")
    private long articleId;

    private int revision;

    @Column(name = "title_raw")
    private String titleRaw;

    @Column(name = "body_raw")
    private String bodyRaw;

    private String labels;

    @Column(name = "edited_by")
    private long editedBy;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, long editedBy, Instant at) {
        this.articleId = article.id();
        this.revision = article.revision();
        this.titleRaw = article.titleAsWritten();
        this.bodyRaw = article.bodyAsWritten();
        this.labels = String.join(" ", article.labels());
        this.editedBy = editedBy;
        this.editedAt = at.atOffset(ZoneOffset.UTC);
    }

    int revision() {
        return revision;
    }

    String title() {
        return titleRaw;
    }

    String body() {
        return bodyRaw;
    }

    List<String> labels() {
        return labels == null || labels.isBlank() ? List.of() : Arrays.asList(labels.split(" "));
    }

    long editedBy() {
        return editedBy;
    }

    Instant editedAt() {
        return editedAt.toInstant();
    }
}
