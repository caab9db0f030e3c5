package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import qiao.portal.content.Cooked;
import qiao.portal.content.MarkdownCooker;
import qiao.portal.identity.Account;
import qiao.portal.identity.Caller;
import qiao.portal.privacy.RevealLog;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/** Starting threads, replying, and reading them, each checked against the board's permissions. */
@ApplicationScoped
public class ThreadService {

    static final int POSTS_PER_PAGE = 50;
    static final int THREADS_PER_PAGE = 30;

    private final MarkdownCooker cooker = new MarkdownCooker();

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    @Inject
    RevealLog revealLog;

    @Transactional
    public ForumThread start(String boardSlug, NewThread input) {
        Account me = caller.require();
        Board board = boards.readable(boardSlug);
        if (!board.startAccess().allows(caller)) {
            throw Refusal.forbidden();
        }
        FieldErrors errors = new FieldErrors();
        String title = CommunityRules.title(input.title(), errors);
        String body = CommunityRules.body(input.body(), errors);
        ThreadKind kind = CommunityRules.kind(input.kind() == null ? "discussion" : input.kind(), errors);
        errors.throwIfAny();
        if (kind == ThreadKind.ANNOUNCEMENT && !caller.isStaff()) {
            throw InvalidInput.of("kind", "validation.kind.staffOnly");
        }
        String key = idempotencyKey(input.idempotencyKey());
        Optional<Post> earlier = sentBefore(me.id(), key);
        if (earlier.isPresent()) {
            return em.find(ForumThread.class, earlier.get().threadId());
        }
        Instant now = clock.instant();
        ForumThread thread = new ForumThread(board.id(), kind, title, me.id(), now);
        em.persist(thread);
        em.flush();
        em.persist(new Post(thread.id(), me.id(), 0, body, cook(body), key, now));
        em.find(Board.class, board.id()).threadStarted(now);
        return thread;
    }

    @Transactional
    public Post reply(long threadId, String rawBody, String idempotencyKey) {
        Account me = caller.require();
        ForumThread thread = readableThread(threadId);
        Board board = boards.readable(thread.boardId());
        if (!board.replyAccess().allows(caller)) {
            throw Refusal.forbidden();
        }
        if (thread.locked() && !caller.isStaff()) {
            throw Refusal.conflict("thread.locked");
        }
        FieldErrors errors = new FieldErrors();
        String body = CommunityRules.body(rawBody, errors);
        errors.throwIfAny();
        String key = idempotencyKey(idempotencyKey);
        Optional<Post> earlier = sentBefore(me.id(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        ForumThread locked = em.find(ForumThread.class, thread.id(), LockModeType.PESSIMISTIC_WRITE);
        int position = locked.replied(now);
        Post post = new Post(thread.id(), me.id(), position, body, cook(body), key, now);
        em.persist(post);
        em.find(Board.class, board.id()).replied(now);
        return post;
    }

    /** A thread with one page of its posts, if the caller may read its board. */
    @Transactional
    public ThreadView view(long threadId, int page) {
        ForumThread thread = readableThread(threadId);
        Board board = boards.readable(thread.boardId());
        int p = Math.max(0, page);
        List<Post> posts = em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t AND p.position >= :from "
                        + "ORDER BY p.position", Post.class)
                .setParameter("t", thread.id()).setParameter("from", p * POSTS_PER_PAGE)
                .setMaxResults(POSTS_PER_PAGE).getResultList();
        int pages = thread.replyCount() / POSTS_PER_PAGE + 1;
        return new ThreadView(board, thread, posts, p, pages,
                caller.signedIn() && board.replyAccess().allows(caller) && (!thread.locked() || caller.isStaff()));
    }

    /** One page of a board's threads, most recent activity first, after the cursor if there is one. */
    @Transactional
    public ThreadList list(String boardSlug, ThreadCursor after) {
        Board board = boards.readable(boardSlug);
        var query = after == null
                ? em.createQuery("SELECT t FROM ForumThread t WHERE t.boardId = :b AND t.deleted = FALSE "
                        + "ORDER BY t.lastActivityAt DESC, t.id DESC", ForumThread.class)
                : em.createQuery("SELECT t FROM ForumThread t WHERE t.boardId = :b AND t.deleted = FALSE "
                        + "AND (t.lastActivityAt < :at OR (t.lastActivityAt = :at AND t.id < :id)) "
                        + "ORDER BY t.lastActivityAt DESC, t.id DESC", ForumThread.class)
                        .setParameter("at", after.lastActivity().atOffset(ZoneOffset.UTC)).setParameter("id", after.id());
        List<ForumThread> found = query.setParameter("b", board.id()).setMaxResults(THREADS_PER_PAGE + 1).getResultList();
        List<ForumThread> threads = found.stream().limit(THREADS_PER_PAGE).toList();
        ThreadCursor next = found.size() > THREADS_PER_PAGE ? ThreadCursor.after(threads.get(threads.size() - 1)) : null;
        return new ThreadList(board, threads, next, caller.signedIn() && board.startAccess().allows(caller));
    }

    /**
     * A post as written, personal data unmasked: for its author, or for staff who give a reason
     * (their look is logged). Anyone else learns nothing, not even that the post exists.
     */
    @Transactional
    public Original original(long threadId, long postId, String reason) {
        Account me = caller.require();
        ForumThread thread = readableThread(threadId);
        boards.readable(thread.boardId());
        Post post = em.find(Post.class, postId);
        if (post == null || post.threadId() != threadId || post.deleted()) {
            throw Refusal.notFound();
        }
        boolean author = post.authorId() == me.id();
        if (!author && !caller.isStaff()) {
            throw Refusal.notFound();
        }
        if (!author) {
            revealLog.record(post.id(), me.id(), reason);
        }
        String title = post.position() == 0 ? thread.titleAsWritten() : null;
        return new Original(thread, post, title, cooker.cookUnmasked(post.raw()).html());
    }

    /** A post's unmasked text, and (for the opening post) the thread's title as written. */
    public record Original(ForumThread thread, Post post, String title, String html) {
    }

    private ForumThread readableThread(long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        return thread;
    }

    private Optional<Post> sentBefore(long authorId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Post p WHERE p.authorId = :a AND p.idempotencyKey = :k", Post.class)
                .setParameter("a", authorId).setParameter("k", key).getResultStream().findFirst();
    }

    private static String idempotencyKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String key = raw.strip();
        return key.length() > 64 ? key.substring(0, 64) : key;
    }

    private Cooked cook(String body) {
        try {
            return cooker.cook(body);
        } catch (StackOverflowError tooDeep) {
            throw InvalidInput.of("body", "validation.body.nesting");
        }
    }
}
