package qiao.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts things that happen on every page view (a thread read, an article read) without a database
 * write each time: they add up in memory and are written every {@value #FLUSH_SECONDS} seconds as one
 * increment per row, and when the application stops ({@link DeferredCountsShutdown}). Increments add, so
 * several nodes may write into the same rows; a node that crashes loses the last few seconds' counts.
 */
public abstract class DeferredCounts {

    public static final long FLUSH_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(DeferredCounts.class.getName());

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> flushing;

    @PostConstruct
    void startFlushing() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopFlushing() {
        if (flushing != null) {
            flushing.cancel(false);
        }
    }

    /** One more for this row. */
    public void add(long id) {
        pending.computeIfAbsent(id, key -> new LongAdder()).increment();
    }

    /** Writes what was counted. */
    public void flush() {
        for (Long id : pending.keySet()) {
            LongAdder counted = pending.remove(id);
            long count = counted == null ? 0 : counted.sum();
            if (count > 0) {
                try {
                    write(id, count);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not write " + count + " counted for " + id + " by " + getClass().getSimpleName(), e);
                }
            }
        }
    }

    /** Adds {@code count} to the row {@code id}, in a transaction of its own. */
    protected abstract void write(long id, long count);
}
