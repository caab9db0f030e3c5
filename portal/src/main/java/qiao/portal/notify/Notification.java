package qiao.portal.notify;

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
import java.util.Locale;

/** Something that happened that one person should know about. */
@Entity
@Table(name = "notification")
public class Notification {

    /** What happened. */
    public enum Kind {
        REPLY, MENTION, ANSWER_ACCEPTED, YOUR_ANSWER_ACCEPTED, STATUS_CHANGED, NEW_THREAD, THREAD_MOVED,
        /** A plugin's text, about no thread. */
        PLUGIN;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "post_id")
    private Long postId;

    private String subject;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "plugin_id")
    private String pluginId;

    private String link;

    @Column(name = "once_key")
    private String onceKey;

    protected Notification() {
    }

    Notification(long accountId, Kind kind, long actorId, long threadId, Long postId, String subject, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.actorId = actorId;
        this.threadId = threadId;
        this.postId = postId;
        this.subject = subject;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A plugin's notice. */
    Notification(long accountId, String pluginId, String text, String link, String onceKey, Instant now) {
        this.accountId = accountId;
        this.kind = Kind.PLUGIN;
        this.subject = text;
        this.pluginId = pluginId;
        this.link = link;
        this.onceKey = onceKey;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The plugin that sent it, for {@link Kind#PLUGIN}. */
    public String pluginId() {
        return pluginId;
    }

    public Long actorId() {
        return actorId;
    }

    public Long threadId() {
        return threadId;
    }

    public Long postId() {
        return postId;
    }

    /** The thread's (masked) title, or a plugin's text. */
    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public boolean unread() {
        return readAt == null;
    }

    /** Where the notification leads. */
    public String url() {
        if (kind == Kind.PLUGIN) {
            return link == null || link.isEmpty() ? "/notifications" : link;
        }
        return "/t/" + threadId + (postId == null ? "" : "#post-" + postId);
    }
}
