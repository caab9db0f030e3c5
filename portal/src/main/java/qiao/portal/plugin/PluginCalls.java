package qiao.portal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every call into a plugin goes through here: on one of the plugin's own threads, within a time box, with anything
 * it throws caught. A failure (an exception, a timeout, all its threads busy, or more memory allocated in one call
 * than {@value #ALLOCATION_BUDGET_MB} MB, or more CPU than {@link #CPU_BUDGET}) is logged, counted on the plugin's row for admins, and after
 * {@value #FAILURES_BEFORE_DISABLE} in a row the plugin is disabled on every node with the reason, and admins are
 * told. A late call is interrupted; the caller goes on without it.
 */
@ApplicationScoped
class PluginCalls {

    static final int FAILURES_BEFORE_DISABLE = 5;
    static final long ALLOCATION_BUDGET_MB = 256;
    /** CPU a single call may use (less if its time box is shorter). */
    static final Duration CPU_BUDGET = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Inject
    PluginFailures failures;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Thread, Long> watched = new ConcurrentHashMap<>();
    private ScheduledFuture<?> watchdog;

    @PostConstruct
    void watch() {
        watchdog = scheduler.scheduleWithFixedDelay(() -> watched.forEach((thread, limit) -> {
            if (THREADS.getThreadCpuTime(thread.threadId()) > limit) {
                Interrupts.interrupt(thread);
            }
        }), 100, 100, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void unwatch() {
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    <T> T call(LoadedPlugin plugin, String what, Duration timeBox, Callable<T> call) throws PluginCallFailed {
        return call(plugin, what, timeBox, true, call);
    }

    /**
     * @param countsInARow false for listeners, whose failures the queue answers by retrying and then parking the event
     */
    <T> T call(LoadedPlugin plugin, String what, Duration timeBox, boolean countsInARow, Callable<T> call) throws PluginCallFailed {
        Future<T> future;
        AtomicReference<Thread> worker = new AtomicReference<>();
        long cpuBudget = Math.min(timeBox.toNanos(), CPU_BUDGET.toNanos());
        try {
            future = plugin.threads.submit(() -> {
                Thread.interrupted();
                worker.set(Thread.currentThread());
                plugin.busy.add(Thread.currentThread());
                try {
                    return measured(call, cpuBudget);
                } finally {
                    plugin.busy.remove(Thread.currentThread());
                    worker.set(null);
                }
            });
        } catch (RejectedExecutionException busy) {
            throw failed(plugin, what, "all of its threads are busy (earlier calls have not returned)", busy, countsInARow);
        }
        try {
            T result = future.get(timeBox.toMillis(), TimeUnit.MILLISECONDS);
            plugin.failuresInARow.set(0);
            return result;
        } catch (TimeoutException late) {
            future.cancel(false);
            Thread stuck = worker.get();
            if (stuck != null) {
                Interrupts.interrupt(stuck);
            }
            throw failed(plugin, what, "did not return within " + timeBox.toMillis() + " ms", late, countsInARow);
        } catch (ExecutionException thrown) {
            Throwable cause = thrown.getCause();
            throw failed(plugin, what, cause.getClass().getName() + ": " + cause.getMessage(), cause, countsInARow);
        } catch (InterruptedException interrupted) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new PluginCallFailed(what + " interrupted", interrupted);
        }
    }

    /**
     * Runs the call watched: a thread that spins past its CPU budget is interrupted by the watchdog, so a plugin
     * that loops cannot take a core from the portal for the whole of its time box.
     */
    private <T> T measured(Callable<T> call, long cpuBudget) throws Exception {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        Thread me = Thread.currentThread();
        watched.put(me, THREADS.getCurrentThreadCpuTime() + cpuBudget);
        T result;
        try {
            result = call.call();
        } finally {
            watched.remove(me);
        }
        if (me.isInterrupted() && Thread.interrupted()) {
            throw new IllegalStateException("used more than " + cpuBudget / 1_000_000 + " ms of CPU in one call");
        }
        long allocated = (THREADS.getCurrentThreadAllocatedBytes() - before) >> 20;
        if (allocated > ALLOCATION_BUDGET_MB) {
            throw new IllegalStateException("allocated " + allocated + " MB in one call (at most " + ALLOCATION_BUDGET_MB + " MB)");
        }
        return result;
    }

    private PluginCallFailed failed(LoadedPlugin plugin, String what, String why, Throwable cause, boolean countsInARow) {
        String error = what + ": " + why;
        LOG.log(Level.WARNING, "Plugin " + plugin.id + " failed in " + error, cause instanceof TimeoutException ? null : cause);
        int inARow = countsInARow ? plugin.failuresInARow.incrementAndGet() : 0;
        failures.record(plugin.id, error, inARow >= FAILURES_BEFORE_DISABLE);
        return new PluginCallFailed(error, cause);
    }
}
