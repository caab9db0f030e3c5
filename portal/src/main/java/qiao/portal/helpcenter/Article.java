package qiao.portal.helpcenter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import qiao.portal.content.Cooked;

/**
 * A help-center article: the Markdown as written and the safe HTML made from it (personal data masked),
 * in one language, in one section, in one state. Every version is kept as an {@link ArticleRevision}.
 */
@Entity
@Table(name = "help_article")
public class Article {

    @Id
    @SequenceGenerator(name = "help_article_seq", sequenceName = "help_article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_article_seq")
    private Long id;

    @Column(name = "section_id")
    private long sectionId;

    private String lang;

    private String title;

    @Column(name = "title_raw")
    private String titleRaw;

    @Column(name = "body_raw")
    private String bodyRaw;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "personal_data")
    private boolean personalData;

    /** As written, in order: what readers see. */
    private String labels;

    /** The same labels, one row each: what "sharing a label" is looked up by. */
    @ElementCollection
    @CollectionTable(name = "help_article_label", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "label")
    private Set<String> labelIndex = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private ArticleState state;

    @Column(name = "publish_at")
    private OffsetDateTime publishAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    private int position;

    @Column(name = "translation_group")
    private long translationGroup;

    @Column(name = "source_thread_id")
    private Long sourceThreadId;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "updated_by")
    private long updatedBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    private int revision;

    @Column(name = "view_count")
    private long viewCount;

    @Column(name = "helpful_count")
    private int helpfulCount;

    @Column(name = "unhelpful_count")
    private int unhelpfulCount;

    protected Article() {
    }

    Article(long sectionId, ArticleText text, Cooked cooked, String maskedTitle, long authorId, int position, Long sourceThreadId,
            Instant now) {
        this.sectionId = sectionId;
        this.position = position;
        this.sourceThreadId = sourceThreadId;
        this.authorId = authorId;
        this.state = ArticleState.DRAFT;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        write(text, cooked, maskedTitle, authorId, now);
    }

    /** A new version of the text (the caller keeps it as a revision). */
    void write(ArticleText text, Cooked cooked, String maskedTitle, long by, Instant now) {
        this.lang = text.lang();
        this.titleRaw = text.title();
        this.title = maskedTitle;
        this.bodyRaw = text.body();
        this.bodyHtml = cooked.html();
        this.personalData = cooked.masked();
        this.labels = String.join(" ", text.labels());
        this.labelIndex.retainAll(text.labels());
        this.labelIndex.addAll(text.labels());
        this.updatedBy = by;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
        this.revision++;
    }

    /** The first article of its group of translations: itself, until it is linked to another. */
    void firstOfItsGroup() {
        this.translationGroup = id;
    }

    void translationOf(Article other) {
        this.translationGroup = other.translationGroup;
    }

    void changeState(ArticleState state, Instant publishAt, Instant now) {
        this.state = state;
        this.publishAt = publishAt == null ? null : publishAt.atOffset(ZoneOffset.UTC);
        if (state == ArticleState.PUBLISHED && publishedAt == null) {
            this.publishedAt = (publishAt == null ? now : publishAt).atOffset(ZoneOffset.UTC);
        }
    }

    void moveTo(long sectionId) {
        this.sectionId = sectionId;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long sectionId() {
        return sectionId;
    }

    public String lang() {
        return lang;
    }

    /** The title as readers see it, personal data masked. */
    public String title() {
        return title;
    }

    String titleAsWritten() {
        return titleRaw;
    }

    String bodyAsWritten() {
        return bodyRaw;
    }

    public String html() {
        return bodyHtml;
    }

    public boolean personalData() {
        return personalData;
    }

    public List<String> labels() {
        return labels == null || labels.isBlank() ? List.of() : Arrays.asList(labels.split(" "));
    }

    public ArticleState state() {
        return state;
    }

    public Instant publishAt() {
        return publishAt == null ? null : publishAt.toInstant();
    }

    public Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    /** Whether readers see it at {@code now}: published, and its time has come. */
    public boolean visibleAt(Instant now) {
        return state == ArticleState.PUBLISHED && (publishAt == null || !publishAt.toInstant().isAfter(now));
    }

    /** Published, but for a time still to come. */
    public boolean scheduledAt(Instant now) {
        return state == ArticleState.PUBLISHED && publishAt != null && publishAt.toInstant().isAfter(now);
    }

    public int position() {
        return position;
    }

    public long translationGroup() {
        return translationGroup;
    }

    public Long sourceThreadId() {
        return sourceThreadId;
    }

    public long authorId() {
        return authorId;
    }

    public long updatedBy() {
        return updatedBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public int revision() {
        return revision;
    }

    public long viewCount() {
        return viewCount;
    }

    public int helpfulCount() {
        return helpfulCount;
    }

    public int unhelpfulCount() {
        return unhelpfulCount;
    }
}
