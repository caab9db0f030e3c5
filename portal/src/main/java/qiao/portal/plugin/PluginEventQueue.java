package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import qiao.api.event.PortalEvent;
import qiao.portal.platform.SiteConfig;

/**
 * The per-plugin delivery queue: every portal event a running plugin listens for is written to {@code plugin_event}
 * in the transaction that made the change (so it is there exactly when the change is), and taken away only once
 * the plugin's listeners took it. After the commit the delivery is woken.
 */
@ApplicationScoped
class PluginEventQueue {

    static final Jsonb JSON = JsonbBuilder.create();
    private static final String EVENT_PACKAGE = "qiao.api.event.";
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    PluginHost host;

    @Inject
    PluginEventDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    SiteConfig config;

    void queue(@Observes PortalEvent event) {
        String payload = null;
        for (LoadedPlugin plugin : host.running()) {
            if (plugin.wants(event.getClass())) {
                payload = payload == null ? JSON.toJson(event) : payload;
                em.persist(new QueuedEvent(plugin.id, event.getClass().getSimpleName(), payload, clock.instant()));
            }
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortalEvent event) {
        delivery.wake();
    }

    static PortalEvent read(QueuedEvent row) throws ClassNotFoundException {
        return (PortalEvent) JSON.fromJson(row.payload(), Class.forName(EVENT_PACKAGE + row.eventType()));
    }

    /**
     * The plugin's next events, oldest first, up to the first one still waiting for its next attempt: while the head
     * of the queue waits, nothing behind it is delivered.
     */
    List<QueuedEvent> due(String pluginId, int limit) {
        Instant now = clock.instant();
        return em.createQuery("SELECT e FROM QueuedEvent e WHERE e.pluginId = :p AND e.parkedAt IS NULL ORDER BY e.id", QueuedEvent.class)
                .setParameter("p", pluginId).setMaxResults(limit).getResultList()
                .stream().takeWhile(event -> !event.nextAttemptAt().isAfter(now)).toList();
    }

    @Transactional
    void delivered(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM QueuedEvent e WHERE e.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** Counts a failed delivery: tried again after 1, 2, 4 … 60 s (from {@code QIAO_PLUGIN_EVENT_RETRY}), parked after the last attempt. */
    @Transactional
    void failed(long id, int attempts, String error) {
        Instant now = clock.instant();
        int made = attempts + 1;
        boolean park = made >= qiao.api.plugin.EventListener.ATTEMPTS;
        Duration wait = config.pluginEventRetry().multipliedBy(1L << Math.min(made - 1, 6));
        em.createQuery("UPDATE QueuedEvent e SET e.attempts = :made, e.lastError = :error, e.nextAttemptAt = :next, e.parkedAt = :parked "
                        + "WHERE e.id = :id")
                .setParameter("made", made).setParameter("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .setParameter("next", now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).atOffset(ZoneOffset.UTC))
                .setParameter("parked", park ? now.atOffset(ZoneOffset.UTC) : null).setParameter("id", id).executeUpdate();
    }

    /** The plugin's parked events, oldest first. */
    List<PluginStatus.ParkedEvent> parkedEvents(String pluginId, int limit) {
        return em.createQuery("SELECT e FROM QueuedEvent e WHERE e.pluginId = :p AND e.parkedAt IS NOT NULL ORDER BY e.id", QueuedEvent.class)
                .setParameter("p", pluginId).setMaxResults(limit).getResultList().stream().map(QueuedEvent::parked).toList();
    }

    /**
     * Puts the plugin's parked events back in its queue, each with its attempts again, in their first order; they go
     * ahead of what came after them. Returns how many.
     */
    @Transactional
    int retryParked(String pluginId) {
        int retried = em.createQuery("UPDATE QueuedEvent e SET e.parkedAt = NULL, e.attempts = 0, e.nextAttemptAt = :now "
                        + "WHERE e.pluginId = :p AND e.parkedAt IS NOT NULL")
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC)).setParameter("p", pluginId).executeUpdate();
        return retried;
    }

    /** Drops the plugin's parked events for good; returns how many. */
    @Transactional
    int discardParked(String pluginId) {
        return em.createQuery("DELETE FROM QueuedEvent e WHERE e.pluginId = :p AND e.parkedAt IS NOT NULL").setParameter("p", pluginId)
                .executeUpdate();
    }

    /** How many of the plugin's events were parked after their last attempt. */
    long parked(String pluginId) {
        return em.createQuery("SELECT COUNT(e) FROM QueuedEvent e WHERE e.pluginId = :p AND e.parkedAt IS NOT NULL", Long.class)
                .setParameter("p", pluginId).getSingleResult();
    }
}
