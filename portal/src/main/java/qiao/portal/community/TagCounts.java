package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import qiao.api.event.PostDeleted;
import qiao.api.event.PostRestored;
import qiao.api.event.ThreadMoved;
import qiao.api.event.ThreadStarted;
import qiao.api.event.ThreadTagsChanged;

/**
 * How many live threads carry each tag, board by board. Counting walks every tagged thread, and
 * every tag index page and tag API call needs the counts, so they are counted once and kept: until
 * this node changes tags or deletes a thread (at once), and at most {@link #FRESH_NANOS} for changes
 * made on other nodes of a cluster.
 */
@ApplicationScoped
class TagCounts {

    static final long FRESH_NANOS = 30_000_000_000L;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** Threads per tag id, counting only threads in these boards. */
    @Transactional
    public Map<Long, Long> inBoards(Collection<Long> boardIds) {
        Map<Long, Long> counts = new HashMap<>();
        current().byTagAndBoard().forEach((tagId, perBoard) -> {
            long threads = boardIds.stream().mapToLong(board -> perBoard.getOrDefault(board, 0L)).sum();
            if (threads > 0) {
                counts.put(tagId, threads);
            }
        });
        return counts;
    }

    void tagsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadTagsChanged change) {
        stale();
    }

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadStarted start) {
        stale();
    }

    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadMoved move) {
        stale();
    }

    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostDeleted delete) {
        if (delete.threadDeleted()) {
            stale();
        }
    }

    void restored(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostRestored restore) {
        if (restore.threadRestored()) {
            stale();
        }
    }

    private void stale() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && now - known.takenAt() < FRESH_NANOS) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known != null && System.nanoTime() - known.takenAt() < FRESH_NANOS) {
                return known;
            }
            long counting = generation.get();
            Snapshot counted = new Snapshot(count(), System.nanoTime());
            if (generation.get() == counting) {
                snapshot = counted;
            }
            return counted;
        }
    }

    private Map<Long, Map<Long, Long>> count() {
        List<Object[]> rows = em.createQuery("SELECT x.tagId, t.boardId, COUNT(x) FROM ThreadTag x, ForumThread t "
                + "WHERE t.id = x.threadId AND t.deleted = FALSE GROUP BY x.tagId, t.boardId", Object[].class)
                .getResultList();
        Map<Long, Map<Long, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], tag -> new HashMap<>()).put((Long) row[1], (Long) row[2]);
        }
        return counts;
    }

    private record Snapshot(Map<Long, Map<Long, Long>> byTagAndBoard, long takenAt) {
    }
}
