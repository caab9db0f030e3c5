package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outbox as the indexer reads and empties it, each step a transaction of its own. */
@ApplicationScoped
class OutboxRows {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    /** The oldest waiting changes, at most {@code limit}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxRow> oldest(int limit) {
        return em.createQuery("SELECT r FROM OutboxRow r ORDER BY r.id", OutboxRow.class).setMaxResults(limit).getResultList();
    }

    /** Forgets changes that are indexed now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("DELETE FROM OutboxRow r WHERE r.id IN :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** How many changes wait, and since when the oldest. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Lag lag() {
        Object[] row = em.createQuery("SELECT COUNT(r), MIN(r.createdAt) FROM OutboxRow r", Object[].class).getSingleResult();
        long waiting = ((Number) row[0]).longValue();
        Instant oldest = row[1] == null ? null : ((java.time.OffsetDateTime) row[1]).toInstant();
        return new Lag(waiting, Optional.ofNullable(oldest));
    }

    /** The changes waiting to be indexed. */
    record Lag(long waiting, Optional<Instant> oldest) {
    }
}
