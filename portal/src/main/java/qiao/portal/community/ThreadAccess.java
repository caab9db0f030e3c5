package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.Refusal;

/**
 * The one rule for who may see a thread or a post: a thread is readable by whoever may read its
 * board, and a deleted thread or post only by the board's moderators. Anything else does not exist
 * for them (404, never 403, so nothing is learnt from the answer). Other features ask here before
 * they show anything that points at a thread: notifications when they are made and when they are
 * listed, later search hits and plugin views.
 */
@ApplicationScoped
public class ThreadAccess {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    BoardModerators moderators;

    @Inject
    AccountService accounts;

    /** A thread the caller may read (a deleted one only if they moderate its board). */
    ForumThread readable(long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !mayRead(caller.person(), thread)) {
            throw Refusal.notFound();
        }
        return thread;
    }

    /** A thread the caller may read that is not deleted: what people reply to, vote on, follow. */
    ForumThread live(long threadId) {
        ForumThread thread = readable(threadId);
        if (thread.deleted()) {
            throw Refusal.notFound();
        }
        return thread;
    }

    /** A post the caller may read, in a thread they may read (deleted posts only for the board's moderators). */
    Post readablePost(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw Refusal.notFound();
        }
        ForumThread thread = readable(post.threadId());
        if (post.deleted() && !moderators.moderates(caller.person(), thread.boardId())) {
            throw Refusal.notFound();
        }
        return post;
    }

    /** A post that is not deleted, in a live thread the caller may read: what people vote on and accept. */
    Post livePost(long postId) {
        Post post = readablePost(postId);
        if (post.deleted()) {
            throw Refusal.notFound();
        }
        live(post.threadId());
        return post;
    }

    /** Of these threads, the ids this person (or an anonymous visitor, when empty) may read. */
    @Transactional
    public Set<Long> readableBy(Optional<Person> person, Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Set.of();
        }
        List<ForumThread> threads = em.createQuery("SELECT t FROM ForumThread t WHERE t.id IN :ids", ForumThread.class)
                .setParameter("ids", Set.copyOf(threadIds)).getResultList();
        Map<Long, Board> boards = boards(threads);
        Map<Long, Boolean> moderated = new HashMap<>();
        Set<Long> readable = new HashSet<>();
        for (ForumThread thread : threads) {
            Board board = boards.get(thread.boardId());
            if (board != null && board.readAccess().allows(person) && (!thread.deleted()
                    || moderated.computeIfAbsent(board.id(), id -> moderators.moderates(person, id)))) {
                readable.add(thread.id());
            }
        }
        return readable;
    }

    /** Of these accounts, the ids of those who may read the thread now (none if there is no such thread). */
    @Transactional
    public Set<Long> readers(long threadId, Collection<Long> accountIds) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        Board board = thread == null ? null : em.find(Board.class, thread.boardId());
        if (board == null || accountIds.isEmpty()) {
            return Set.of();
        }
        Collection<Person> people = accounts.people(accountIds).values();
        Set<Long> readers = people.stream().filter(p -> board.readAccess().allows(Optional.of(p))).map(Person::id)
                .collect(Collectors.toSet());
        if (thread.deleted()) {
            readers.retainAll(moderators.among(board.id(), people));
        }
        return readers;
    }

    /** Whether this person may read the thread, as the caller's own checks decide it. */
    private boolean mayRead(Optional<Person> person, ForumThread thread) {
        Board board = em.find(Board.class, thread.boardId());
        return board != null && board.readAccess().allows(person)
                && (!thread.deleted() || moderators.moderates(person, board.id()));
    }

    private Map<Long, Board> boards(List<ForumThread> threads) {
        Set<Long> ids = threads.stream().map(ForumThread::boardId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT b FROM Board b WHERE b.id IN :ids", Board.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Board::id, Function.identity()));
    }
}
