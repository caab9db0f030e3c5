package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import qiao.api.event.ArticlePublished;
import qiao.api.event.PortalEvent;

/** Articles set to be published at a time that has now come: told once each, in one transaction. */
@ApplicationScoped
class DueArticles {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<PortalEvent> events;

    /** Tells of every article whose publication time has come, and clears its time; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int publishDue() {
        Instant now = clock.instant();
        List<Article> due = em.createQuery("SELECT a FROM Article a WHERE a.state = :published AND a.publishAt <= :now", Article.class)
                .setParameter("published", ArticleState.PUBLISHED).setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(200)
                .getResultList();
        for (Article article : due) {
            article.changeState(ArticleState.PUBLISHED, null, now);
            events.fire(new ArticlePublished(article.id(), article.sectionId(), article.updatedBy(), now));
        }
        return due.size();
    }
}
