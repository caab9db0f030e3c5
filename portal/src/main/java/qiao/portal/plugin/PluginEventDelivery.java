package qiao.portal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.api.event.PortalEvent;
import qiao.api.plugin.EventListener;
import qiao.portal.platform.JobLeases;

/**
 * Hands queued events to plugins' listeners on the one node that holds the {@value #LEASE} lease: per plugin in the
 * order of the changes; an event stays at the head of its plugin's queue until every listener took it, or until it
 * is parked, so a later event never overtakes an earlier one.
 */
@ApplicationScoped
class PluginEventDelivery {

    static final String LEASE = "plugin-events";
    static final Duration TIME_BOX = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(PluginEventDelivery.class.getName());
    private static final Duration LEASE_TIME = Duration.ofSeconds(30);
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PluginHost host;

    @Inject
    PluginEventQueue queue;

    @Inject
    PluginCalls calls;

    @Inject
    JobLeases leases;

    private final String holder = JobLeases.thisProcess();
    private final ReentrantLock working = new ReentrantLock();
    private volatile boolean again;
    private ScheduledFuture<?> ticking;
    private long leaseRenewedAt;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // makes the bean (and so its loop) exist as soon as the application does, not at its first use
    }

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1_000, 500, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void wake() {
        again = true;
        try {
            scheduler.execute(this::tick);
        } catch (RuntimeException shuttingDown) {
            // the queue keeps them for the next start
        }
    }

    private void tick() {
        if (!working.tryLock()) {
            again = true;
            return;
        }
        try {
            do {
                again = false;
                if (holdsLease()) {
                    host.running().stream().filter(p -> !p.listening.isEmpty()).forEach(this::deliver);
                }
            } while (again);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin event delivery failed; trying again", e);
        } finally {
            working.unlock();
        }
    }

    private boolean holdsLease() {
        long now = System.nanoTime();
        if (leaseRenewedAt != 0 && now - leaseRenewedAt < LEASE_TIME.toNanos() / 3) {
            return true;
        }
        if (leases.take(LEASE, holder, LEASE_TIME)) {
            leaseRenewedAt = now;
            return true;
        }
        leaseRenewedAt = 0;
        return false;
    }

    /** A batch of the plugin's events; those taken are deleted together (a crash before that delivers them again). */
    private void deliver(LoadedPlugin plugin) {
        List<Long> taken = new ArrayList<>();
        try {
            for (QueuedEvent row : queue.due(plugin.id, BATCH)) {
                String failure = deliver(plugin, row);
                if (failure != null) {
                    queue.failed(row.id(), row.attempts(), failure);
                    return;
                }
                taken.add(row.id());
            }
        } finally {
            queue.delivered(taken);
        }
    }

    /** Null when every listener that wants it took it, else what went wrong. */
    private String deliver(LoadedPlugin plugin, QueuedEvent row) {
        PortalEvent event;
        try {
            event = PluginEventQueue.read(row);
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            return "unreadable event " + row.eventType() + ": " + unreadable;
        }
        for (LoadedPlugin.Listening listening : plugin.listening) {
            if (listening.wants(event.getClass())) {
                EventListener listener = listening.listener();
                try {
                    calls.call(plugin, "listener " + listener.getClass().getSimpleName() + " on " + row.eventType(), TIME_BOX, false, () -> {
                        listener.on(event, plugin.context);
                        return null;
                    });
                } catch (PluginCallFailed failed) {
                    return failed.getMessage();
                }
            }
        }
        return null;
    }
}
