package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * Leases in the database that let exactly one node of a cluster run a scheduled job: a node takes
 * the lease for a while, and the others find it held. A lease that runs out (its node died) can be
 * taken by the next one that asks.
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobLeases self;

    /** Takes the lease for {@code holder} for a while, if nobody else holds it; returns whether it did. */
    public boolean take(String name, String holder, Duration lasting) {
        if (self.renew(name, holder, lasting)) {
            return true;
        }
        try {
            return self.create(name, holder, lasting);
        } catch (PersistenceException | jakarta.transaction.TransactionalException anotherNodeWasFaster) {
            return false;
        }
    }

    /** Gives the lease back before it runs out. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        em.createNativeQuery("DELETE FROM job_lease WHERE name = ?1 AND holder = ?2").setParameter(1, name)
                .setParameter(2, holder).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean renew(String name, String holder, Duration lasting) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return em.createNativeQuery("UPDATE job_lease SET holder = ?1, held_until = ?2 WHERE name = ?3 "
                        + "AND (held_until < ?4 OR holder = ?1)")
                .setParameter(1, holder).setParameter(2, now.plus(lasting)).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean create(String name, String holder, Duration lasting) {
        return em.createNativeQuery("INSERT INTO job_lease (name, holder, held_until) SELECT ?1, ?2, ?3 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM job_lease WHERE name = ?1)")
                .setParameter(1, name).setParameter(2, holder)
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC).plus(lasting)).executeUpdate() == 1;
    }
}
