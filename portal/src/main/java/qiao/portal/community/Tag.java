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
import qiao.portal.privacy.PersonalData;

/**
 * A tag (标签) that labels threads across boards. Managed tags are kept by admins and offered in
 * the composer; staff-only tags (e.g. "官方") only staff and the board's moderators may put on a thread.
 * Free tags come into being when a member first uses them on a board that allows it.
 */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    private Long id;

    private String name;
    private String description;
    private boolean managed;

    @Column(name = "staff_only")
    private boolean staffOnly;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Tag() {
    }

    Tag(String name, boolean managed, Long createdBy, Instant now) {
        this.name = name;
        this.managed = managed;
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void manage(String description, boolean staffOnly) {
        this.managed = true;
        this.description = description;
        this.staffOnly = staffOnly;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The description for everyone, with any personal data in it masked. */
    public String description() {
        return PersonalData.mask(description);
    }

    /** Kept by admins and offered in the composer (free tags are not). */
    public boolean managed() {
        return managed;
    }

    public boolean staffOnly() {
        return staffOnly;
    }
}
