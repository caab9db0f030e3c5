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

/** The text a post had before an edit: revision 1 is what was first posted. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    private int revision;
    private String raw;

    @Column(name = "edited_by")
    private Long editedBy;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    protected PostRevision() {
    }

    PostRevision(long postId, int revision, String raw, long editedBy, Instant editedAt) {
        this.postId = postId;
        this.revision = revision;
        this.raw = raw;
        this.editedBy = editedBy;
        this.editedAt = editedAt.atOffset(ZoneOffset.UTC);
    }

    public int revision() {
        return revision;
    }

    public String raw() {
        return raw;
    }

    /** Who wrote this version (the author for revision 1, else whoever made the edit that produced it). */
    public long editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt.toInstant();
    }
}
