package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qiao.api.event.AnswerAccepted;
import qiao.api.event.AnswerUnaccepted;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostDeleted;
import qiao.api.event.PostEdited;
import qiao.api.event.PostPublished;
import qiao.api.event.PostRestored;
import qiao.api.event.ThreadMerged;
import qiao.api.event.ThreadMoved;
import qiao.portal.identity.Person;
import qiao.portal.search.SearchChange;
import qiao.portal.search.SearchDocument;
import qiao.portal.search.SearchSource;

/**
 * Replies as the search index has them: their text under their thread's title, with the thread's
 * board, kind and whether it is solved. A thread's replies form its group: moving, merging,
 * deleting or solving the thread refreshes them all.
 */
@ApplicationScoped
class PostSearchSource implements SearchSource {

    static final String KIND = "post";

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    ThreadAccess access;

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
        List<Post> posts = em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids AND p.position > 0", Post.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream().filter(p -> !p.deleted()).toList();
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<Long, ForumThread> threads = em.createQuery("SELECT t FROM ForumThread t WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", posts.stream().map(Post::threadId).collect(Collectors.toSet())).getResultStream()
                .filter(ThreadSearchSource::findable).collect(Collectors.toMap(ForumThread::id, Function.identity()));
        return posts.stream().filter(p -> threads.containsKey(p.threadId())).map(p -> {
            ForumThread t = threads.get(p.threadId());
            return new SearchDocument(KIND, p.id(), t.id(), BoardSearchScopes.scope(t.boardId()), t.title(), ThreadSearchSource.text(p),
                    List.of(), t.kind().name().toLowerCase(Locale.ROOT), t.solved(), null, p.createdAt(), p.url());
        }).toList();
    }

    @Override
    @Transactional
    public List<Long> ids(long after, int limit) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.id > :after AND p.position > 0 ORDER BY p.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.position > 0", Long.class).getSingleResult();
    }

    @Override
    @Transactional
    public List<Long> members(long thread) {
        return em.createQuery("SELECT p.id FROM Post p WHERE p.threadId = :t AND p.position > 0", Long.class).setParameter("t", thread)
                .getResultList();
    }

    @Override
    public List<SearchChange> changes(PortalEvent event) {
        return switch (event) {
            case PostPublished e -> post(e.postId());
            case PostEdited e -> opening(e.postId()) ? replies(e.threadId()) : post(e.postId());
            case PostDeleted e -> e.threadDeleted() ? replies(e.threadId()) : post(e.postId());
            case PostRestored e -> e.threadRestored() ? replies(e.threadId()) : post(e.postId());
            case ThreadMoved e -> replies(e.threadId());
            case ThreadMerged e -> replies(e.threadId());
            case AnswerAccepted e -> replies(e.threadId());
            case AnswerUnaccepted e -> replies(e.threadId());
            default -> List.of();
        };
    }

    /** Whether the post opens its thread (its edit may have changed the title every reply carries). */
    private boolean opening(long postId) {
        Post post = em.find(Post.class, postId);
        return post != null && post.position() == 0;
    }

    private static List<SearchChange> post(long id) {
        return List.of(SearchChange.of(KIND, id));
    }

    private static List<SearchChange> replies(long thread) {
        return List.of(SearchChange.groupOf(KIND, thread));
    }

    @Override
    @Transactional
    public Set<Long> readable(Optional<Person> person, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Post> posts = em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class).setParameter("ids", Set.copyOf(ids))
                .getResultStream().filter(p -> !p.deleted()).toList();
        Set<Long> threads = access.readableBy(person, posts.stream().map(Post::threadId).collect(Collectors.toSet()));
        return posts.stream().filter(p -> threads.contains(p.threadId())).map(Post::id).collect(Collectors.toSet());
    }
}
