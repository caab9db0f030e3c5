package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import qiao.portal.platform.SchemaReady;

/**
 * At start-up, makes the counters kept on rows agree with the rows they count: each board's live
 * threads and posts, each thread's replies and votes, each post's votes. They change in the same
 * transaction as what they count, so they agree after any crash; this is the proof, and the repair
 * for a database that was edited by hand or restored from elsewhere. What was repaired is logged.
 */
@ApplicationScoped
class CounterRepair {

    private static final Logger LOG = Logger.getLogger(CounterRepair.class.getName());

    /** One counter: the table and column it lives in, and what it should be for each row. */
    private record Counter(String table, String column, String truth) {
    }

    private static final List<Counter> COUNTERS = List.of(
            new Counter("board", "thread_count", "SELECT COUNT(*) FROM thread t WHERE t.board_id = x.id AND t.deleted = FALSE"),
            new Counter("board", "post_count", "SELECT COUNT(*) FROM post p JOIN thread t ON t.id = p.thread_id "
                    + "WHERE t.board_id = x.id AND t.deleted = FALSE AND p.deleted_at IS NULL"),
            new Counter("thread", "reply_count", "SELECT COALESCE(MAX(p.position), 0) FROM post p WHERE p.thread_id = x.id"),
            new Counter("thread", "vote_count", "SELECT COUNT(*) FROM thread_vote v WHERE v.thread_id = x.id"),
            new Counter("post", "vote_count", "SELECT COUNT(*) FROM post_vote v WHERE v.post_id = x.id"));

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Transactional
    void repair(@Observes SchemaReady ready) {
        for (Counter counter : COUNTERS) {
            String wrong = "FROM " + counter.table() + " x WHERE x." + counter.column() + " <> (" + counter.truth() + ")";
            List<?> rows = em.createNativeQuery("SELECT x.id, x." + counter.column() + ", (" + counter.truth() + ") " + wrong)
                    .setMaxResults(20).getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            int repaired = em.createNativeQuery("UPDATE " + counter.table() + " x SET " + counter.column() + " = ("
                    + counter.truth() + ") WHERE x." + counter.column() + " <> (" + counter.truth() + ")").executeUpdate();
            StringBuilder examples = new StringBuilder();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                examples.append(examples.isEmpty() ? "" : ", ").append(counter.table()).append(' ').append(r[0])
                        .append(": ").append(r[1]).append(" → ").append(r[2]);
            }
            LOG.warning(() -> "Repaired " + repaired + " " + counter.table() + "." + counter.column()
                    + " counters that did not match their rows (" + examples + (repaired > rows.size() ? ", …" : "") + ")");
        }
    }
}
