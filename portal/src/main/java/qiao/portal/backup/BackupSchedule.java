package qiao.portal.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.portal.platform.JobLeases;
import qiao.portal.platform.SiteConfig;
import qiao.portal.web.Refusal;

/**
 * Takes a backup by itself every QIAO_BACKUP_EVERY (daily by default, from QIAO_BACKUP_AT in the
 * site's time zone) and keeps the newest QIAO_BACKUP_KEEP. Every node looks every few minutes; the
 * one that takes the database lease runs it, so a cluster backs up once.
 */
@ApplicationScoped
class BackupSchedule {

    static final String LEASE = "scheduled-backup";
    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    private static final long LOOK_EVERY_MINUTES = 5;
    private static final long FIRST_LOOK_SECONDS = 15;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SiteConfig config;

    @Inject
    BackupRecords records;

    @Inject
    Backups backups;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    private ScheduledFuture<?> looking;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // makes the bean (and so its schedule) exist as soon as the application does
    }

    @PostConstruct
    void start() {
        if (config.backupEvery().isPresent()) {
            looking = scheduler.scheduleWithFixedDelay(this::lookSafely, FIRST_LOOK_SECONDS, LOOK_EVERY_MINUTES * 60,
                    TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The backup schedule could not look whether a backup is due", e);
        }
    }

    void look() {
        Optional<Duration> every = config.backupEvery();
        if (every.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Optional<Instant> last = records.lastScheduled().map(Backup::createdAt);
        if (!due(every.get(), config.backupAt(), LocalTime.now(clock.withZone(config.defaultZone())), last, now)) {
            return;
        }
        String holder = backups.node();
        if (!leases.take(LEASE, holder, Duration.ofMinutes(LOOK_EVERY_MINUTES * 2))) {
            return;
        }
        try {
            if (records.lastScheduled().map(Backup::createdAt).equals(last)) {
                backups.start(true, null);
                LOG.info("Started the scheduled backup");
            }
        } catch (Refusal running) {
            LOG.info("A scheduled backup is due, but a backup is running already");
        }
    }

    /**
     * Whether a scheduled backup is due: none for a whole interval (less the time between looks) and,
     * for daily or longer intervals, not before the set time of day.
     */
    static boolean due(Duration every, LocalTime at, LocalTime timeOfDay, Optional<Instant> last, Instant now) {
        boolean longEnough = last.isEmpty() || Duration.between(last.get(), now)
                .compareTo(every.minusMinutes(LOOK_EVERY_MINUTES * 2)) >= 0;
        boolean timeOfDayReached = every.compareTo(Duration.ofDays(1)) < 0 || !timeOfDay.isBefore(at);
        return longEnough && timeOfDayReached;
    }
}
