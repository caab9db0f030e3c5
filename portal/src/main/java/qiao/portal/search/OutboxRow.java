package qiao.portal.search;

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

/** A change waiting to be indexed, written in the transaction that made it. */
@Entity
@Table(name = "search_outbox")
class OutboxRow {

    @Id
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    private Long id;

    private String kind;

    @Column(name = "content_id")
    private long contentId;

    @Column(name = "whole_group")
    private boolean wholeGroup;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected OutboxRow() {
    }

    OutboxRow(SearchChange change, Instant now) {
        this.kind = change.kind();
        this.contentId = change.id();
        this.wholeGroup = change.group();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    long id() {
        return id;
    }

    SearchChange change() {
        return new SearchChange(kind, contentId, wholeGroup);
    }

    Instant createdAt() {
        return createdAt.toInstant();
    }
}
