package qiao.portal.community;

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
import java.util.List;
import qiao.portal.privacy.PersonalData;

/** A thread (a question, discussion, suggestion or announcement) and its counters. */
@Entity
@Table(name = "thread")
public class ForumThread {

    @Id
    @SequenceGenerator(name = "thread_seq", sequenceName = "thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thread_seq")
    private Long id;

    @Column(name = "board_id")
    private Long boardId;

    @Enumerated(EnumType.STRING)
    private ThreadKind kind;

    private String title;

    @Column(name = "title_raw")
    private String titleRaw;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "last_activity_at")
    private OffsetDateTime lastActivityAt;

    @Column(name = "reply_count")
    private int replyCount;

    @Column(name = "view_count")
    private long viewCount;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "accepted_by_staff")
    private boolean acceptedByStaff;

    @Column(name = "vote_count")
    private int voteCount;

    @Enumerated(EnumType.STRING)
    private SuggestionStatus status;

    @Column(name = "status_note")
    private String statusNote;

    @Column(name = "status_changed_at")
    private OffsetDateTime statusChangedAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    private boolean pinned;

    @Column(name = "pinned_globally")
    private boolean pinnedGlobally;

    @Column(name = "banner_until")
    private OffsetDateTime bannerUntil;
    private boolean locked;
    private boolean deleted;

    @Column(name = "tag_names")
    private String tagNames = "";

    protected ForumThread() {
    }

    ForumThread(long boardId, ThreadKind kind, String title, long authorId, Instant now) {
        this.boardId = boardId;
        this.kind = kind;
        this.title = PersonalData.mask(title);
        this.titleRaw = title;
        this.authorId = authorId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.lastActivityAt = this.createdAt;
        this.status = kind == ThreadKind.SUGGESTION ? SuggestionStatus.NEW : null;
    }

    void changeStatus(SuggestionStatus status, String note, Instant now) {
        this.status = status;
        this.statusNote = note;
        this.statusChangedAt = now.atOffset(ZoneOffset.UTC);
        this.lastActivityAt = this.statusChangedAt;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void moveTo(long boardId) {
        this.boardId = boardId;
    }

    void mergeInto(long target) {
        this.mergedInto = target;
        this.locked = true;
    }

    void pin(PinScope scope) {
        this.pinned = scope != PinScope.NONE;
        this.pinnedGlobally = scope == PinScope.GLOBAL;
    }

    void showBannerUntil(Instant until) {
        this.bannerUntil = until == null ? null : until.atOffset(ZoneOffset.UTC);
    }

    public boolean pinnedGlobally() {
        return pinnedGlobally;
    }

    /** Until when the thread is the site-wide banner, or null. */
    public Instant bannerUntil() {
        return bannerUntil == null ? null : bannerUntil.toInstant();
    }

    void tagged(List<String> names) {
        this.tagNames = String.join(" ", names);
    }

    /** The thread's tags, in the order they were given. */
    public List<String> tags() {
        return tagNames == null || tagNames.isEmpty() ? List.of() : List.of(tagNames.split(" "));
    }

    void retitle(String title) {
        this.title = PersonalData.mask(title);
        this.titleRaw = title;
    }

    void delete() {
        this.deleted = true;
    }

    void restore() {
        this.deleted = false;
    }

    void setVoteCount(int votes) {
        this.voteCount = votes;
    }

    /** A suggestion's status (null for other kinds). */
    public SuggestionStatus status() {
        return status;
    }

    /** The suggestion's status note for everyone, with any personal data in it masked. */
    public String statusNote() {
        return PersonalData.mask(statusNote);
    }

    /** The status note as staff wrote it. */
    String statusNoteAsWritten() {
        return statusNote;
    }

    /** The thread this duplicate was merged into, or null. */
    public Long mergedInto() {
        return mergedInto;
    }

    /** The position the next reply takes (the opening post is 0). */
    int replied(Instant now) {
        replyCount++;
        lastActivityAt = now.atOffset(ZoneOffset.UTC);
        return replyCount;
    }

    void accept(long postId, long by, boolean staff) {
        acceptedPostId = postId;
        acceptedBy = by;
        acceptedByStaff = staff;
    }

    void unaccept() {
        acceptedPostId = null;
        acceptedBy = null;
        acceptedByStaff = false;
    }

    void votesChanged(int delta) {
        voteCount += delta;
    }

    /** A question is solved once it has an accepted answer. */
    public boolean solved() {
        return acceptedPostId != null;
    }

    public Long acceptedPostId() {
        return acceptedPostId;
    }

    public Long acceptedBy() {
        return acceptedBy;
    }

    /** Accepted by staff (官方采纳) rather than by the asker. */
    public boolean acceptedByStaff() {
        return acceptedByStaff;
    }

    public int voteCount() {
        return voteCount;
    }

    public Long id() {
        return id;
    }

    public long boardId() {
        return boardId;
    }

    public ThreadKind kind() {
        return kind;
    }

    /** The title for everyone, with personal data masked. */
    public String title() {
        return title;
    }

    /** The title as its author typed it (for the author and staff only). */
    public String titleAsWritten() {
        return titleRaw;
    }

    public long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant lastActivityAt() {
        return lastActivityAt.toInstant();
    }

    public int replyCount() {
        return replyCount;
    }

    public long viewCount() {
        return viewCount;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public boolean deleted() {
        return deleted;
    }
}
