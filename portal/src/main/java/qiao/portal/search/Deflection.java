package qiao.portal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One composing session that was shown similar solved questions, and what its writer did next. */
@Entity
@Table(name = "search_deflection")
class Deflection {

    @Id
    private String token;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "shown_at")
    private OffsetDateTime shownAt;

    private int suggestions;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "opened_kind")
    private String openedKind;

    @Column(name = "opened_id")
    private Long openedId;

    @Column(name = "posted_at")
    private OffsetDateTime postedAt;

    @Column(name = "posted_thread_id")
    private Long postedThreadId;

    protected Deflection() {
    }

    Deflection(String token, long accountId, int suggestions, Instant now) {
        this.token = token;
        this.accountId = accountId;
        this.suggestions = suggestions;
        this.shownAt = now.atOffset(ZoneOffset.UTC);
    }

    long accountId() {
        return accountId;
    }

    void shownAgain(int count) {
        suggestions = Math.max(suggestions, count);
    }

    void opened(String kind, long id, Instant now) {
        if (openedAt == null) {
            openedAt = now.atOffset(ZoneOffset.UTC);
            openedKind = kind;
            openedId = id;
        }
    }

    void posted(long threadId, Instant now) {
        if (postedAt == null) {
            postedAt = now.atOffset(ZoneOffset.UTC);
            postedThreadId = threadId;
        }
    }
}
