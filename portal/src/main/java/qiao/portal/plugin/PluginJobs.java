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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.api.plugin.Schedule;
import qiao.portal.platform.JobLeases;

/**
 * Runs plugins' scheduled jobs once per cluster: a job that is due is run by the node that takes its lease, which it
 * renews while the run lasts (so runs never overlap, and a node that dies mid-run holds the job up for at most
 * {@link #LEASE}), and its next time, by its {@link Schedule} from the end of the run,
 * is kept in {@code plugin_job}. A job without a row there runs at its schedule's first time (an interval job at once,
 * a cron job at its next time, when the row is written): a new job, and every job of a plugin an admin just enabled,
 * upgraded or set up ({@link PluginRecords} deletes the plugin's rows in that change's transaction).
 *
 * <p>A job never runs with stale settings: a node skips the jobs of a plugin while it runs an older generation of the
 * plugin's row than the database holds (it catches up within {@link PluginHost#POLL_MILLIS}), and a run during which
 * the generation changed leaves the job due at once. After taking a lease a node reads the job's time again, so a run
 * another node finished in between is not repeated.
 */
@ApplicationScoped
class PluginJobs {

    static final Duration TIME_BOX = Duration.ofMinutes(1);
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration RENEW_EVERY = LEASE.dividedBy(3);
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
    PluginRecords records;

    @Inject
    JobLeases leases;

    @Inject
    PluginJobs self;

    @Inject
    Clock clock;

    private final String holder = JobLeases.thisProcess();
    /** The jobs running on this node, with when their lease was last taken or renewed (System.nanoTime). */
    private final Map<String, Long> runningHere = new ConcurrentHashMap<>();
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
        renewLeases();
        try {
            Map<String, Instant> next = nextRuns();
            Map<String, Long> generations = records.generations();
            Instant now = clock.instant();
            for (LoadedPlugin plugin : host.running()) {
                long generation = plugin.generation();
                if (!Long.valueOf(generation).equals(generations.get(plugin.id))) {
                    continue; // this node still runs an older generation (or the plugin is gone): its next refresh catches up
                }
                for (LoadedPlugin.Scheduled job : plugin.scheduled) {
                    String key = plugin.id + ":" + job.name();
                    if (!next.containsKey(key) && noteFirstRun(plugin.id, job, now)) {
                        continue;
                    }
                    if (due(next.get(key), now) && !runningHere.containsKey(key)
                            && leases.take("plugin-job:" + key, holder, LEASE)) {
                        if (!due(nextRun(plugin.id, job.name()), clock.instant())) {
                            leases.release("plugin-job:" + key, holder); // another node ran it since we read the times
                            continue;
                        }
                        runningHere.put(key, System.nanoTime());
                        scheduler.execute(() -> run(plugin, job, key, generation));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin jobs could not be scheduled", e);
        }
    }

    /** Keeps the leases of the runs in progress here; one lost (this node stalled for a whole lease) is only logged. */
    private void renewLeases() {
        long now = System.nanoTime();
        runningHere.forEach((key, renewedAt) -> {
            if (now - renewedAt >= RENEW_EVERY.toNanos()) {
                try {
                    if (leases.take("plugin-job:" + key, holder, LEASE)) {
                        runningHere.replace(key, renewedAt, now);
                    } else {
                        LOG.warning(() -> "The lease on plugin job " + key + " was taken by another node while it ran here");
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not renew the lease on plugin job " + key, e);
                }
            }
        });
    }

    /** For a job whose first time is later (a cron job), writes its row; true if it did (or another node just did). */
    private boolean noteFirstRun(String pluginId, LoadedPlugin.Scheduled job, Instant now) {
        Instant first = job.schedule().first(now);
        if (!first.isAfter(now)) {
            return false;
        }
        try {
            self.firstRunAt(pluginId, job.name(), first);
        } catch (RuntimeException anotherNodeWroteItFirst) {
            LOG.fine(() -> "First run of " + pluginId + ":" + job.name() + " noted by another node: " + anotherNodeWroteItFirst);
        }
        return true;
    }

    private static boolean due(Instant next, Instant now) {
        return next == null || !next.isAfter(now);
    }

    private void run(LoadedPlugin plugin, LoadedPlugin.Scheduled job, String key, long generation) {
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
                self.ran(plugin.id, job.name(), generation, clock.instant(), job.schedule(), error);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record a run of " + key, e);
            } finally {
                runningHere.remove(key); // first, so no renewal takes the lease again once it is given back
                leases.release("plugin-job:" + key, holder);
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

    /** A running plugin's jobs with their times, as admins see them. */
    List<PluginStatus.Job> of(LoadedPlugin plugin) {
        Map<String, Object[]> rows = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT job_name, next_run_at, last_run_at, last_error FROM plugin_job WHERE plugin_id = ?1")
                .setParameter(1, plugin.id).getResultList()) {
            rows.put((String) ((Object[]) row)[0], (Object[]) row);
        }
        return plugin.scheduled.stream().map(job -> {
            Object[] row = rows.getOrDefault(job.name(), new Object[4]);
            return new PluginStatus.Job(job.name(), job.schedule().toString(), PluginRecords.instant(row[1]),
                    PluginRecords.instant(row[2]), (String) row[3]);
        }).toList();
    }

    /** The job's next time as the database holds it now; none if it has no row (it is due). */
    private Instant nextRun(String pluginId, String job) {
        List<?> rows = em.createNativeQuery("SELECT next_run_at FROM plugin_job WHERE plugin_id = ?1 AND job_name = ?2")
                .setParameter(1, pluginId).setParameter(2, job).getResultList();
        return rows.isEmpty() ? null : PluginRecords.instant(rows.get(0));
    }

    /** Notes when a job new to the site first runs; a node that noted it first wins. */
    @Transactional
    void firstRunAt(String pluginId, String job, Instant first) {
        em.createNativeQuery("INSERT INTO plugin_job (plugin_id, job_name, next_run_at) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM plugin_job WHERE plugin_id = ?1 AND job_name = ?2)")
                .setParameter(1, pluginId).setParameter(2, job).setParameter(3, first.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Records a run that ended {@code at}: the next is the schedule's next time, or its first if the plugin's row
     * changed while it ran (the run may have used the settings before the change).
     */
    @Transactional
    void ran(String pluginId, String job, long generation, Instant at, Schedule schedule, String error) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        List<?> current = em.createNativeQuery("SELECT generation FROM plugin WHERE id = ?1").setParameter(1, pluginId).getResultList();
        boolean changed = current.isEmpty() || ((Number) current.get(0)).longValue() != generation;
        OffsetDateTime next = (changed ? schedule.first(at) : schedule.next(at)).atOffset(ZoneOffset.UTC);
        String cut = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        int updated = em.createNativeQuery("UPDATE plugin_job SET next_run_at = ?3, last_run_at = ?4, last_error = ?5 "
                        + "WHERE plugin_id = ?1 AND job_name = ?2")
                .setParameter(1, pluginId).setParameter(2, job).setParameter(3, next).setParameter(4, now)
                .setParameter(5, cut).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO plugin_job (plugin_id, job_name, next_run_at, last_run_at, last_error) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, pluginId).setParameter(2, job).setParameter(3, next).setParameter(4, now)
                    .setParameter(5, cut).executeUpdate();
        }
    }
}
