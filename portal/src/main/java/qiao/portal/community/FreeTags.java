package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Makes a free tag in a transaction of its own. Two people may use the same new tag at the same
 * moment; the second insert then breaks the unique name, and only this small transaction is lost:
 * the caller reads the tag the other one made and goes on.
 */
@ApplicationScoped
class FreeTags {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(String name, Long createdBy) {
        Tag tag = new Tag(name, false, createdBy, clock.instant());
        em.persist(tag);
        em.flush();
        return tag.id();
    }
}
