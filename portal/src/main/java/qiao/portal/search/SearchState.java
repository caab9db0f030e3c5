package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the search feature keeps in the database for every node to see: which database the index
 * belongs to, the change sequence, the last error, and a reindex's progress. Each call is a
 * transaction of its own.
 */
@ApplicationScoped
class SearchState {

    static final String OWNER = "owner";
    static final String VERSION = "version";
    static final String ERROR = "error";
    static final String INDEXED = "indexed";
    static final String REINDEX = "reindex";
    static final String REINDEX_TOTAL = "reindex.total";
    static final String REINDEX_DONE = "reindex.done";
    static final String REINDEX_STARTED = "reindex.started";
    static final String REINDEX_FINISHED = "reindex.finished";

    /** One named value. */
    record Value(long num, String text, Instant at) {
    }

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    /** The id of this database, which the index carries: an index with another one was made for another database. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String owner() {
        em.createNativeQuery("INSERT INTO search_state (name, num, text, at) SELECT ?1, 0, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM search_state WHERE name = ?1)")
                .setParameter(1, OWNER).setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        return get(OWNER).orElseThrow().text();
    }

    /** The next number of the change sequence, higher than any given before, on any node. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long nextVersion() {
        if (em.createNativeQuery("UPDATE search_state SET num = num + 1 WHERE name = ?1").setParameter(1, VERSION).executeUpdate() == 0) {
            insert(VERSION, 1, null, clock.instant());
            return 1;
        }
        return get(VERSION).orElseThrow().num();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Value> value(String name) {
        return get(name);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void put(String name, long num, String text) {
        Instant now = clock.instant();
        int updated = em.createNativeQuery("UPDATE search_state SET num = ?2, text = ?3, at = ?4 WHERE name = ?1")
                .setParameter(1, name).setParameter(2, num).setParameter(3, text).setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (updated == 0) {
            insert(name, num, text, now);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(String name) {
        em.createNativeQuery("DELETE FROM search_state WHERE name = ?1").setParameter(1, name).executeUpdate();
    }

    private Optional<Value> get(String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT num, text, at FROM search_state WHERE name = ?1").setParameter(1, name)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Value(r[0] == null ? 0 : ((Number) r[0]).longValue(), (String) r[1], instant(r[2])));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case Instant i -> i;
            default -> OffsetDateTime.parse(value.toString()).toInstant();
        };
    }

    private void insert(String name, long num, String text, Instant at) {
        em.createNativeQuery("INSERT INTO search_state (name, num, text, at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, name)
                .setParameter(2, num).setParameter(3, text).setParameter(4, at.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
