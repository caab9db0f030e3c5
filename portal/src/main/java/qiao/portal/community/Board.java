package qiao.portal.community;

import qiao.portal.identity.Access;
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
import qiao.portal.privacy.PersonalData;

/** A board (版块): a place for threads on one subject, with who may read, start and reply. */
@Entity
@Table(name = "board")
public class Board {

    @Id
    @SequenceGenerator(name = "board_seq", sequenceName = "board_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "board_seq")
    private Long id;

    private String slug;
    private String name;
    private String description;
    private String colour;
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "read_access")
    private Access readAccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_access")
    private Access startAccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_access")
    private Access replyAccess;

    private String icon;

    @Column(name = "free_tags")
    private boolean freeTags = true;

    @Column(name = "asker_may_accept")
    private boolean askerMayAccept = true;

    @Column(name = "thread_count")
    private int threadCount;

    @Column(name = "post_count")
    private int postCount;

    @Column(name = "last_activity_at")
    private OffsetDateTime lastActivityAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Board() {
    }

    Board(BoardSettings settings, Instant now) {
        this.slug = settings.slug();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        apply(settings);
    }

    void apply(BoardSettings settings) {
        this.name = settings.name();
        this.description = settings.description();
        this.colour = settings.colour();
        this.icon = settings.icon();
        this.freeTags = settings.freeTags();
        this.position = settings.position();
        this.readAccess = settings.read();
        this.startAccess = settings.start();
        this.replyAccess = settings.reply();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    /** The name for everyone, with any personal data in it masked. */
    public String name() {
        return PersonalData.mask(name);
    }

    /** The description for everyone, with any personal data in it masked. */
    public String description() {
        return PersonalData.mask(description);
    }

    /** The name as the admin typed it, for the admin's form. */
    public String nameAsWritten() {
        return name;
    }

    /** The description as the admin typed it, for the admin's form. */
    public String descriptionAsWritten() {
        return description;
    }

    public String colour() {
        return colour;
    }

    /** A short mark shown in the board's colour, or null (the name's first character is shown). */
    public String icon() {
        return icon;
    }

    /** The mark to show: the icon, or the first character of the name. */
    public String mark() {
        return icon != null ? icon : name.substring(0, name.offsetByCodePoints(0, 1));
    }

    /** Whether members may make new tags here, or only use the managed ones. */
    public boolean freeTags() {
        return freeTags;
    }

    public int position() {
        return position;
    }

    public Access readAccess() {
        return readAccess;
    }

    public Access startAccess() {
        return startAccess;
    }

    public Access replyAccess() {
        return replyAccess;
    }

    /** Whether the person who asked a question may mark its accepted answer (staff always may). */
    public boolean askerMayAccept() {
        return askerMayAccept;
    }

    public int threadCount() {
        return threadCount;
    }

    public int postCount() {
        return postCount;
    }

    public Instant lastActivityAt() {
        return lastActivityAt == null ? null : lastActivityAt.toInstant();
    }
}
