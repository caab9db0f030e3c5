package qiao.portal.helpcenter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import qiao.portal.identity.Access;
import qiao.portal.privacy.PersonalData;

/** A category (no parent) or a section in a category, with who may read it. */
@Entity
@Table(name = "help_section")
public class HelpSection {

    @Id
    @SequenceGenerator(name = "help_section_seq", sequenceName = "help_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_section_seq")
    private Long id;

    private String slug;

    private String name;

    private String description;

    private String icon;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private Access access;

    private int position;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected HelpSection() {
    }

    HelpSection(String slug, SectionSettings settings, Instant now) {
        this.slug = slug;
        apply(settings);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void apply(SectionSettings settings) {
        this.name = settings.name();
        this.description = settings.description();
        this.icon = settings.icon();
        this.parentId = settings.parentId();
        this.access = settings.access();
        this.position = settings.position();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** The name as readers see it, personal data masked. */
    public String name() {
        return PersonalData.mask(name);
    }

    public String description() {
        return description == null ? "" : PersonalData.mask(description);
    }

    String nameAsWritten() {
        return name;
    }

    String descriptionAsWritten() {
        return description == null ? "" : description;
    }

    public String icon() {
        return icon == null ? "" : icon;
    }

    public Long parentId() {
        return parentId;
    }

    public boolean category() {
        return parentId == null;
    }

    public Access access() {
        return access;
    }

    public int position() {
        return position;
    }
}
