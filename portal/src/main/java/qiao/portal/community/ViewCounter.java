package qiao.portal.community;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts thread page views without a database write per view: views add up in memory and are
 * written every few seconds as one increment per thread. Increments add, so several nodes may
 * flush into the same rows; a node that stops flushes what it holds ({@link ViewCounterShutdown}), and
 * a node that crashes loses the views of the last {@value #FLUSH_SECONDS} seconds at most.
 */
@ApplicationScoped
class ViewCounter {

    static final long FLUSH_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Writer writer;

    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
    }

    public void viewed(long threadId) {
        pending.computeIfAbsent(threadId, id -> new LongAdder()).increment();
    }

    void flush() {
        for (Long threadId : pending.keySet()) {
            LongAdder views = pending.remove(threadId);
            long count = views == null ? 0 : views.sum();
            if (count > 0) {
                try {
                    writer.add(threadId, count);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not record " + count + " views of thread " + threadId, e);
                }
            }
        }
    }

    /** One increment per thread, in a transaction of its own. */
    @ApplicationScoped
    public static class Writer {
        @PersistenceContext(unitName = "qiao")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void add(long threadId, long views) {
            em.createNativeQuery("UPDATE thread SET view_count = view_count + ?1 WHERE id = ?2")
                    .setParameter(1, views).setParameter(2, threadId).executeUpdate();
        }
    }
}
