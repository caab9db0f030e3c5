package qiao.portal.helpcenter;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.portal.platform.JobLeases;

/**
 * Tells of articles whose publication time has come ({@link qiao.api.event.ArticlePublished}), so that
 * search finds them and plugins hear of them then. Readers see them from that moment anyway (the time is
 * checked on every read); one node of a cluster tells, under a lease, every few seconds.
 */
@ApplicationScoped
class ScheduledPublishing {

    static final String LEASE = "help-publishing";
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());
    private static final long EVERY_SECONDS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    DueArticles due;

    private final String holder = JobLeases.thisProcess();
    private ScheduledFuture<?> looking;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // makes the bean (and so its schedule) exist as soon as the application does
    }

    @PostConstruct
    void start() {
        looking = scheduler.scheduleWithFixedDelay(this::look, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    private void look() {
        try {
            if (leases.take(LEASE, holder, Duration.ofSeconds(EVERY_SECONDS * 4))) {
                int told = due.publishDue();
                if (told > 0) {
                    LOG.info("Published " + told + " article(s) whose time had come");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for articles whose publication time has come", e);
        }
    }
}
