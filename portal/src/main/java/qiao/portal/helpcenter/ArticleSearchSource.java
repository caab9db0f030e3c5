package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import qiao.api.event.ArticleEvent;
import qiao.api.event.ArticleRated;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.Person;
import qiao.portal.search.SearchChange;
import qiao.portal.search.SearchDocument;
import qiao.portal.search.SearchSource;

/** Help-center articles as the search index has them: published ones whose time has come, in their section. */
@ApplicationScoped
class ArticleSearchSource implements SearchSource {

    static final String KIND = "article";

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    HelpSections sections;

    @Inject
    Clock clock;

    static String scope(long sectionId) {
        return "section:" + sectionId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    public List<SearchDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().filter(a -> a.visibleAt(now))
                .map(a -> new SearchDocument(KIND, a.id(), 0, scope(a.sectionId()), a.title(), Jsoup.parse(a.html()).text(), a.labels(),
                        null, false, null, a.publishedAt() == null ? a.createdAt() : a.publishedAt(), "/help/a/" + a.id()))
                .toList();
    }

    @Override
    @Transactional
    public List<Long> ids(long after, int limit) {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.id > :after ORDER BY a.id", Long.class).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult();
    }

    @Override
    public List<Long> members(long group) {
        return List.of();
    }

    @Override
    public List<SearchChange> changes(PortalEvent event) {
        return event instanceof ArticleEvent e && !(event instanceof ArticleRated) ? List.of(SearchChange.of(KIND, e.articleId())) : List.of();
    }

    @Override
    @Transactional
    public Set<Long> readable(Optional<Person> person, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> readableSections = sections.readableBy(person).stream().map(HelpSection::id).collect(Collectors.toSet());
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().filter(a -> a.visibleAt(now) && readableSections.contains(a.sectionId())).map(Article::id)
                .collect(Collectors.toSet());
    }
}
