package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import qiao.portal.platform.DeferredCounts;

/** Article page views, counted in memory and written every few seconds (see {@link DeferredCounts}). */
@ApplicationScoped
class ArticleViews extends DeferredCounts {

    @Inject
    Writer writer;

    @Override
    protected void write(long articleId, long views) {
        writer.add(articleId, views);
    }

    /** One increment per article, in a transaction of its own. */
    @ApplicationScoped
    public static class Writer {
        @PersistenceContext(unitName = "qiao")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void add(long articleId, long views) {
            em.createNativeQuery("UPDATE help_article SET view_count = view_count + ?1 WHERE id = ?2")
                    .setParameter(1, views).setParameter(2, articleId).executeUpdate();
        }
    }
}
