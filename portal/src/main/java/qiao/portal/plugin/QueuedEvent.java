package qiao.portal.plugin;

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

/** A portal event waiting for one plugin's listeners, written in the transaction that made the change. */
@Entity
@Table(name = "plugin_event")
class QueuedEvent {

    @Id
    @SequenceGenerator(name = "plugin_event_seq", sequenceName = "plugin_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_event_seq")
    private Long id;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "event_type")
    private String eventType;

    private String payload;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "parked_at")
    private OffsetDateTime parkedAt;

    @Column(name = "last_error")
    private String lastError;

    protected QueuedEvent() {
    }

    QueuedEvent(String pluginId, String eventType, String payload, Instant now) {
        this.pluginId = pluginId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    Long id() {
        return id;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    /** As admins see a parked event. */
    PluginStatus.ParkedEvent parked() {
        return new PluginStatus.ParkedEvent(id, eventType, payload, createdAt.toInstant(), attempts,
                parkedAt == null ? null : parkedAt.toInstant(), lastError);
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }
}
