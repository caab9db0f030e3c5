package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The job_lease rows, each change committed by itself. Apart from {@link JobLeases} so that its
 * calls pass the transaction interceptor: a bean calling its own methods bypasses it.
 */
@ApplicationScoped
class LeaseRows {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String name, String holder, Duration lasting) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, held_until = ?2 WHERE name = ?3 "
                        + "AND (held_until < ?4 OR holder = ?1)")
                .setParameter(1, holder).setParameter(2, now.plus(lasting)).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean create(String name, String holder, Duration lasting) {
        return em.createNativeQuery("INSERT INTO job_lease (name, holder, held_until) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM job_lease WHERE name = ?1)")
                .setParameter(1, name).setParameter(2, holder)
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC).plus(lasting)).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        em.createNativeQuery("UPDATE job_lease SET held_until = ?1 WHERE name = ?2 AND holder = ?3")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC).minusSeconds(1)).setParameter(2, name).setParameter(3, holder)
                .executeUpdate();
    }
}
