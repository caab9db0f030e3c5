package qiao.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import qiao.portal.platform.JobLeases;

/**
 * Drains the outbox into the search index, and rebuilds the index when asked. One node of a cluster
 * does it at a time (a database lease), in one thread: each batch is read from the database as it
 * is now and written under a new number of the change sequence, then its outbox rows are deleted, so
 * a failure anywhere leaves them to be tried again (after a growing pause), and writers never wait.
 * A rebuild fills a new index beside the live one, chunk by chunk between batches (which go to both),
 * then swaps it in.
 */
@ApplicationScoped
class SearchIndexer {

    static final String LEASE = "search-indexer";
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    private static final int BATCH = 500;
    private static final int CHUNK = 500;
    private static final Duration LEASE_TIME = Duration.ofSeconds(30);
    private static final Duration LEASE_RENEWAL = Duration.ofSeconds(10);
    private static final Duration WORK_PER_TICK = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);
    private static final long TICK_MILLIS = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchEngine engine;

    @Inject
    OutboxRows outbox;

    @Inject
    SearchState state;

    @Inject
    JobLeases leases;

    @Inject
    Instance<SearchSource> sourceBeans;

    @Inject
    Clock clock;

    private final String holder = JobLeases.thisProcess();
    private final ReentrantLock working = new ReentrantLock();
    private volatile boolean again;
    private volatile boolean stopping;
    private ScheduledFuture<?> ticking;
    private Instant leaseTaken;
    private int failures;
    private Instant pausedUntil;
    private boolean checkedEmpty;
    private Rebuilding rebuilding;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // makes the bean (and so its loop) exist as soon as the application does
    }

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 2_000, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (ticking != null) {
            ticking.cancel(false);
        }
        working.lock();
        try {
            if (rebuilding != null) {
                rebuilding.target.abandon();
                rebuilding = null;
            }
        } finally {
            working.unlock();
        }
    }

    /** Something was committed: index it now rather than at the next tick. */
    void wake() {
        again = true;
        try {
            scheduler.execute(this::tick);
        } catch (RuntimeException shuttingDown) {
            // the next start drains what is left
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
                work();
            } while (again && !stopping);
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            working.unlock();
        }
    }

    private void work() {
        Instant now = clock.instant();
        if (pausedUntil != null && now.isBefore(pausedUntil)) {
            return;
        }
        if (!holdsLease(now)) {
            if (rebuilding != null) {
                rebuilding.target.abandon();
                rebuilding = null;
            }
            return;
        }
        SearchIndex index = engine.index();
        checkEmpty(index);
        startRebuildIfAsked(index);
        Instant until = now.plus(WORK_PER_TICK);
        boolean busy = true;
        while (busy && !stopping && clock.instant().isBefore(until)) {
            busy = drainBatch(index) | rebuildChunk();
        }
        if (failures > 0) {
            LOG.info("Search indexing works again");
            state.remove(SearchState.ERROR);
        }
        failures = 0;
        pausedUntil = null;
        again |= busy;
    }

    private boolean holdsLease(Instant now) {
        if (leaseTaken != null && now.isBefore(leaseTaken.plus(LEASE_RENEWAL))) {
            return true;
        }
        if (leases.take(LEASE, holder, LEASE_TIME)) {
            leaseTaken = now;
            return true;
        }
        leaseTaken = null;
        return false;
    }

    private Map<String, SearchSource> sources() {
        Map<String, SearchSource> sources = new LinkedHashMap<>();
        for (SearchSource source : sourceBeans) {
            sources.put(source.kind(), source);
        }
        return sources;
    }

    /** Writes the oldest waiting changes; whether there were any. */
    private boolean drainBatch(SearchIndex index) {
        List<OutboxRow> rows = outbox.oldest(BATCH);
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, SearchSource> sources = sources();
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            SearchChange change = row.change();
            SearchSource source = sources.get(change.kind());
            if (source != null) {
                Set<Long> of = ids.computeIfAbsent(change.kind(), k -> new LinkedHashSet<>());
                if (change.group()) {
                    of.addAll(source.members(change.id()));
                } else {
                    of.add(change.id());
                }
            }
        }
        long version = state.nextVersion();
        List<IndexWrite> writes = new ArrayList<>();
        ids.forEach((kind, of) -> writes.addAll(writes(sources.get(kind), of, version)));
        index.write(writes);
        if (rebuilding != null) {
            rebuilding.target.write(writes);
        }
        outbox.done(rows.stream().map(OutboxRow::id).toList());
        state.put(SearchState.INDEXED, writes.size(), null);
        return true;
    }

    /** The documents of these ids as their source has them now; removals for those it has not. */
    private static List<IndexWrite> writes(SearchSource source, Set<Long> ids, long version) {
        List<IndexWrite> writes = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(ids);
        for (SearchDocument document : source.documents(ids)) {
            writes.add(IndexWrite.put(document, version));
            missing.remove(document.id());
        }
        for (long id : missing) {
            writes.add(IndexWrite.remove(SearchDocument.key(source.kind(), id), version));
        }
        return writes;
    }

    /** An index that is empty while there is content (a new site, a restore, a switch of engine) is rebuilt. */
    private void checkEmpty(SearchIndex index) {
        if (checkedEmpty) {
            return;
        }
        long content = sources().values().stream().mapToLong(SearchSource::count).sum();
        if (index.count() == 0 && content > 0 && rebuildState().isEmpty()) {
            LOG.info("The search index is empty while the site has " + content + " things to find; rebuilding it from the database");
            state.put(SearchState.REINDEX, 0, "requested");
        }
        checkedEmpty = true;
    }

    private java.util.Optional<String> rebuildState() {
        return state.value(SearchState.REINDEX).map(SearchState.Value::text).filter(s -> s.equals("requested") || s.equals("running"));
    }

    private void startRebuildIfAsked(SearchIndex index) {
        if (rebuilding != null) {
            return;
        }
        if (rebuildState().isEmpty()) {
            return;
        }
        Map<String, SearchSource> sources = sources();
        long total = sources.values().stream().mapToLong(SearchSource::count).sum();
        rebuilding = new Rebuilding(index.rebuild(), new ArrayList<>(sources.values()), clock.instant());
        state.put(SearchState.REINDEX_TOTAL, total, null);
        state.put(SearchState.REINDEX_DONE, 0, null);
        state.remove(SearchState.REINDEX_FINISHED);
        state.put(SearchState.REINDEX_STARTED, 0, null);
        state.put(SearchState.REINDEX, 0, "running");
        LOG.info("Rebuilding the search index: " + total + " documents");
    }

    /** Puts the next chunk of content into the new index, or swaps it in when all is there; whether it did. */
    private boolean rebuildChunk() {
        if (rebuilding == null) {
            return false;
        }
        while (rebuilding.next < rebuilding.sources.size()) {
            SearchSource source = rebuilding.sources.get(rebuilding.next);
            List<Long> ids = source.ids(rebuilding.after, CHUNK);
            if (ids.isEmpty()) {
                rebuilding.next++;
                rebuilding.after = 0;
                continue;
            }
            long version = state.nextVersion();
            rebuilding.target.write(source.documents(ids).stream().map(d -> IndexWrite.put(d, version)).toList());
            rebuilding.after = ids.get(ids.size() - 1);
            rebuilding.done += ids.size();
            state.put(SearchState.REINDEX_DONE, rebuilding.done, null);
            return true;
        }
        rebuilding.target.swap();
        state.put(SearchState.REINDEX_FINISHED, rebuilding.done, null);
        state.put(SearchState.REINDEX, 0, "done");
        LOG.info("Rebuilt the search index: " + rebuilding.done + " documents in "
                + Duration.between(rebuilding.started, clock.instant()).toSeconds() + " s");
        rebuilding = null;
        return true;
    }

    private void failed(RuntimeException e) {
        failures++;
        long pause = Math.min(LONGEST_PAUSE.toSeconds(), 1L << Math.min(failures - 1, 6));
        pausedUntil = clock.instant().plusSeconds(pause);
        if (failures == 1) {
            LOG.log(Level.WARNING, "Search indexing failed; trying again in a moment, with longer pauses while it fails", e);
        } else {
            LOG.warning("Search indexing failed again (" + failures + " times): " + e.getMessage());
        }
        try {
            state.put(SearchState.ERROR, failures, message(e));
        } catch (RuntimeException databaseAwayToo) {
            // the log holds it
        }
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1_000 ? message.substring(0, 1_000) : message;
    }

    /** Asks for a rebuild, which the node holding the lease starts within a moment. */
    void requestRebuild() {
        if (rebuildState().isEmpty()) {
            state.put(SearchState.REINDEX, 0, "requested");
        }
        wake();
    }

    /** A rebuild in progress on this node. */
    private static final class Rebuilding {

        final IndexRebuild target;
        final List<SearchSource> sources;
        final Instant started;
        int next;
        long after;
        long done;

        Rebuilding(IndexRebuild target, List<SearchSource> sources, Instant started) {
            this.target = target;
            this.sources = sources;
            this.started = started;
        }
    }
}
