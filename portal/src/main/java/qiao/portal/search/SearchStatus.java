package qiao.portal.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The search index as an admin sees it.
 *
 * @param engine      what it is and where ({@link SearchIndex#describe()}), or why it cannot be reached
 * @param available   whether it answers
 * @param documents   how many documents it holds (0 while it does not answer)
 * @param waiting     changes waiting in the outbox
 * @param oldestWaiting when the oldest of them was made, or null
 * @param lastError   the last indexing error while indexing fails, or null
 * @param reindex     the last or current rebuild, or null
 */
public record SearchStatus(String engine, boolean available, long documents, long waiting, Instant oldestWaiting, Instant lastIndexed,
        String lastError, Instant lastErrorAt, Reindex reindex) {

    /** How far behind the index is: the age of the oldest waiting change (zero when none waits). */
    public long lagSeconds(Instant now) {
        return oldestWaiting == null ? 0 : Math.max(0, Duration.between(oldestWaiting, now).toSeconds());
    }

    /**
     * A rebuild: requested, running, done.
     *
     * @param rate documents a second so far
     * @param etaSeconds how long the rest should take, or -1 when not known
     */
    public record Reindex(String state, long total, long done, Instant startedAt, Instant finishedAt, double rate, long etaSeconds) {

        public int percent() {
            return total == 0 ? (state.equals("done") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state.equals("requested") || state.equals("running");
        }
    }
}
