package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import qiao.portal.platform.DeferredCounts;

/** Thread page views, counted in memory and written every few seconds (see {@link DeferredCounts}). */
@ApplicationScoped
class ViewCounter extends DeferredCounts {

    @Inject
    Writer writer;

    public void viewed(long threadId) {
        add(threadId);
    }

    @Override
    protected void write(long threadId, long views) {
        writer.add(threadId, views);
    }

    /** One increment per thread, in a transaction of its own. */
    @ApplicationScoped
    public static class Writer {
        @PersistenceContext(unitName = "qiao")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void add(long threadId, long views) {
            em.createNativeQuery("UPDATE thread SET view_count = view_count + ?1 WHERE id = ?2")
                    .setParameter(1, views).setParameter(2, threadId).executeUpdate();
        }
    }
}
