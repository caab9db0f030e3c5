package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import qiao.api.event.PortalEvent;

/**
 * Records, in the transaction of every change, which documents it makes out of date (the sources
 * say which), so that a change is indexed exactly when it is committed: a search engine that is
 * down loses nothing, and a rolled-back change is never indexed. After the commit it wakes the
 * indexer, so a new post is searchable within a moment.
 */
@ApplicationScoped
class SearchOutbox {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Instance<SearchSource> sources;

    @Inject
    SearchIndexer indexer;

    @Inject
    Clock clock;

    void record(@Observes PortalEvent event) {
        Set<SearchChange> changes = new LinkedHashSet<>();
        for (SearchSource source : sources) {
            changes.addAll(source.changes(event));
        }
        for (SearchChange change : changes) {
            em.persist(new OutboxRow(change, clock.instant()));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortalEvent event) {
        indexer.wake();
    }
}
