package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import qiao.api.event.AnswerAccepted;
import qiao.api.event.AnswerUnaccepted;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostDeleted;
import qiao.api.event.PostEdited;
import qiao.api.event.PostRestored;
import qiao.api.event.SuggestionStatusChanged;
import qiao.api.event.ThreadMerged;
import qiao.api.event.ThreadMoved;
import qiao.api.event.ThreadStarted;
import qiao.api.event.ThreadTagsChanged;
import qiao.portal.identity.Person;
import qiao.portal.search.SearchChange;
import qiao.portal.search.SearchDocument;
import qiao.portal.search.SearchSource;

/**
 * Threads as the search index has them: the (masked) title, the question and its accepted answer,
 * tags, board, kind, solved and status. Deleted and merged threads are not there.
 */
@ApplicationScoped
class ThreadSearchSource implements SearchSource {

    static final String KIND = "thread";

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
        List<ForumThread> threads = em.createQuery("SELECT t FROM ForumThread t WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream().filter(ThreadSearchSource::findable).toList();
        if (threads.isEmpty()) {
            return List.of();
        }
        Set<Long> threadIds = threads.stream().map(ForumThread::id).collect(Collectors.toSet());
        Set<Long> accepted = threads.stream().map(ForumThread::acceptedPostId).filter(id -> id != null).collect(Collectors.toSet());
        // two queries: with an OR between them the database reads every post
        List<Post> found = new java.util.ArrayList<>(em.createQuery("SELECT p FROM Post p WHERE p.threadId IN :threads AND p.position = 0",
                Post.class).setParameter("threads", threadIds).getResultList());
        if (!accepted.isEmpty()) {
            found.addAll(em.createQuery("SELECT p FROM Post p WHERE p.id IN :accepted", Post.class).setParameter("accepted", accepted)
                    .getResultList());
        }
        Map<Long, Post> posts = found.stream().filter(p -> !p.deleted()).collect(Collectors.toMap(Post::id, Function.identity(), (a, b) -> a));
        Map<Long, Post> questions = posts.values().stream().filter(p -> p.position() == 0)
                .collect(Collectors.toMap(Post::threadId, Function.identity()));
        return threads.stream().map(t -> document(t, questions.get(t.id()),
                t.acceptedPostId() == null ? null : posts.get(t.acceptedPostId()))).toList();
    }

    static boolean findable(ForumThread thread) {
        return !thread.deleted() && thread.mergedInto() == null;
    }

    private static SearchDocument document(ForumThread t, Post question, Post answer) {
        String body = (question == null ? "" : text(question)) + (answer == null ? "" : "\n" + text(answer));
        return new SearchDocument(KIND, t.id(), t.id(), BoardSearchScopes.scope(t.boardId()), t.title(), body, t.tags(),
                t.kind().name().toLowerCase(java.util.Locale.ROOT), t.solved(), t.status() == null ? null : t.status().name(),
                t.createdAt(), "/t/" + t.id());
    }

    /** A post's text as readers see it, personal data masked. */
    static String text(Post post) {
        return Jsoup.parse(post.html()).text();
    }

    @Override
    @Transactional
    public List<Long> ids(long after, int limit) {
        return em.createQuery("SELECT t.id FROM ForumThread t WHERE t.id > :after ORDER BY t.id", Long.class).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional
    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM ForumThread t", Long.class).getSingleResult();
    }

    @Override
    public List<Long> members(long group) {
        return List.of();
    }

    @Override
    public List<SearchChange> changes(PortalEvent event) {
        return switch (event) {
            case ThreadStarted e -> thread(e.threadId());
            case ThreadMoved e -> thread(e.threadId());
            case ThreadMerged e -> thread(e.threadId());
            case ThreadTagsChanged e -> thread(e.threadId());
            case AnswerAccepted e -> thread(e.threadId());
            case AnswerUnaccepted e -> thread(e.threadId());
            case SuggestionStatusChanged e -> thread(e.threadId());
            case PostEdited e -> partOfThread(e.threadId(), e.postId());
            case PostDeleted e -> e.threadDeleted() ? thread(e.threadId()) : partOfThread(e.threadId(), e.postId());
            case PostRestored e -> e.threadRestored() ? thread(e.threadId()) : partOfThread(e.threadId(), e.postId());
            default -> List.of();
        };
    }

    private static List<SearchChange> thread(long id) {
        return List.of(SearchChange.of(KIND, id));
    }

    /** The thread, if the post is its question or its accepted answer (the thread's document holds both). */
    private List<SearchChange> partOfThread(long threadId, long postId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        Post post = em.find(Post.class, postId);
        boolean part = thread != null && post != null && (post.position() == 0 || Long.valueOf(postId).equals(thread.acceptedPostId()));
        return part ? thread(threadId) : List.of();
    }

    @Override
    public Set<Long> readable(Optional<Person> person, Collection<Long> ids) {
        return new HashSet<>(access.readableBy(person, ids));
    }
}
