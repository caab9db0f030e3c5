package qiao.portal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.portal.platform.JobLeases;

/**
 * Runs plugins' scheduled jobs once per cluster: a job that is due is run by the node that takes its lease, which it
 * holds for the whole run (so runs never overlap), and its next time, {@code every()} after the end of the run, is
 * kept in {@code plugin_job}. A new job is due at once.
 */
@ApplicationScoped
class PluginJobs {

    static final Duration TIME_BOX = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    PluginHost host;

    @Inject
    PluginCalls calls;

    @Inject
    JobLeases leases;

    @Inject
    PluginJobs self;

    @Inject
    Clock clock;

    private final String holder = JobLeases.thisProcess();
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> ticking;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // makes the bean (and so its loop) exist as soon as the application does, not at its first use
    }

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1_000, 1_000, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            Map<String, Instant> next = nextRuns();
            Instant now = clock.instant();
            for (LoadedPlugin plugin : host.running()) {
                for (LoadedPlugin.Scheduled job : plugin.scheduled) {
                    String key = plugin.id + ":" + job.name();
                    Instant due = next.get(key);
                    if ((due == null || !due.isAfter(now)) && !runningHere.contains(key)
                            && leases.take("plugin-job:" + key, holder, TIME_BOX.plusSeconds(30))) {
                        runningHere.add(key);
                        scheduler.execute(() -> run(plugin, job, key));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin jobs could not be scheduled", e);
        }
    }

    private void run(LoadedPlugin plugin, LoadedPlugin.Scheduled job, String key) {
        String error = null;
        try {
            calls.call(plugin, "job " + job.name(), TIME_BOX, () -> {
                job.job().run(plugin.context);
                return null;
            });
        } catch (PluginCallFailed failed) {
            error = failed.getMessage();
        } finally {
            try {
                self.ran(plugin.id, job.name(), clock.instant(), job.every(), error);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a run of " + key, e);
            } finally {
                leases.release("plugin-job:" + key, holder);
                runningHere.remove(key);
            }
        }
    }

    private Map<String, Instant> nextRuns() {
        Map<String, Instant> next = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT plugin_id, job_name, next_run_at FROM plugin_job").getResultList()) {
            Object[] r = (Object[]) row;
            next.put(r[0] + ":" + r[1], PluginRecords.instant(r[2]));
        }
        return next;
    }

    @Transactional
    void ran(String pluginId, String job, Instant at, Duration every, String error) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        String cut = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        int updated = em.createNativeQuery("UPDATE plugin_job SET next_run_at = ?3, last_run_at = ?4, last_error = ?5 "
                        + "WHERE plugin_id = ?1 AND job_name = ?2")
                .setParameter(1, pluginId).setParameter(2, job).setParameter(3, now.plus(every)).setParameter(4, now)
                .setParameter(5, cut).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO plugin_job (plugin_id, job_name, next_run_at, last_run_at, last_error) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, pluginId).setParameter(2, job).setParameter(3, now.plus(every)).setParameter(4, now)
                    .setParameter(5, cut).executeUpdate();
        }
    }
}
