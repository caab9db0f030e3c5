package qiao.portal.community;

import qiao.portal.content.WritingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import qiao.portal.content.Cooked;
import qiao.portal.content.MarkdownCooker;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostPublished;
import qiao.api.event.ThreadClosed;
import qiao.api.event.ThreadMoved;
import qiao.api.event.ThreadReopened;
import qiao.api.event.ThreadStarted;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.privacy.RevealLog;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/** Starting threads, replying, and reading them, each checked against the board's permissions. */
@ApplicationScoped
class ThreadService {

    static final int POSTS_PER_PAGE = 50;
    /** Sorting by votes reads this many posts of a thread at most. */
    static final int VOTE_SORT_LIMIT = 2_000;

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

    @Inject
    Event<PortalEvent> events;

    @Inject
    ThreadAccess access;

    @Inject
    PostService postService;

    @Inject
    FollowService follows;

    @Inject
    TagService tags;

    @Inject
    BoardModerators moderators;

    @Transactional
    public ForumThread start(String boardSlug, NewThread input) {
        Person me = caller.require();
        Board board = boards.readable(boardSlug);
        if (!board.startAccess().allows(caller.person())) {
            throw Refusal.forbidden();
        }
        FieldErrors errors = new FieldErrors();
        String title = WritingRules.title(input.title(), errors);
        String body = WritingRules.body(input.body(), errors);
        ThreadKind kind = CommunityRules.kind(input.kind(), errors);
        List<String> tagNames = tags.allowed(board, WritingRules.tags(input.tags(), errors), errors);
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
        tags.attach(thread, tagNames);
        Cooked cooked = cook(body);
        Post post = new Post(thread.id(), me.id(), 0, body, cooked, key, now);
        em.persist(post);
        em.flush();
        follows.follow(me.id(), FollowService.THREAD, thread.id());
        events.fire(new ThreadStarted(thread.id(), post.id(), board.id(), me.id(), now));
        boards.count(board.id(), 1, 1, now); // last: every writer in the board queues on this row until commit
        return thread;
    }

    @Transactional
    public Post reply(long threadId, String rawBody, String idempotencyKey) {
        Person me = caller.require();
        ForumThread thread = access.live(threadId);
        Board board = boards.readable(thread.boardId());
        if (!board.replyAccess().allows(caller.person())) {
            throw Refusal.forbidden();
        }
        if (thread.locked() && !moderators.moderates(board.id())) {
            throw Refusal.conflict("thread.locked");
        }
        FieldErrors errors = new FieldErrors();
        String body = WritingRules.body(rawBody, errors);
        errors.throwIfAny();
        String key = idempotencyKey(idempotencyKey);
        Optional<Post> earlier = sentBefore(me.id(), key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        ForumThread locked = em.find(ForumThread.class, thread.id(), LockModeType.PESSIMISTIC_WRITE);
        int position = locked.replied(now);
        Cooked cooked = cook(body);
        Post post = new Post(thread.id(), me.id(), position, body, cooked, key, now);
        em.persist(post);
        em.flush();
        follows.follow(me.id(), FollowService.THREAD, thread.id());
        events.fire(new PostPublished(post.id(), thread.id(), board.id(), me.id(), now));
        boards.count(board.id(), 0, 1, now); // last: every writer in the board queues on this row until commit
        return post;
    }

    /** Whether a thread's {@code sort} parameter asks for its posts by votes; anything but "votes" is an error. */
    static boolean byVotes(String sort, FieldErrors errors) {
        if (sort == null || sort.isBlank()) {
            return false;
        }
        if (!"votes".equals(sort.strip())) {
            errors.add("sort", "validation.sort");
        }
        return "votes".equals(sort.strip());
    }

    /** A thread with one page of its posts in reading order, if the caller may read its board. */
    @Transactional
    public ThreadView view(long threadId, int page) {
        return view(threadId, page, false);
    }

    /**
     * A thread with one page of its posts. By votes: the question, then the accepted answer, then
     * the other replies with the most votes first.
     */
    @Transactional
    public ThreadView view(long threadId, int page, boolean byVotes) {
        ForumThread thread = access.readable(threadId);
        Board board = boards.readable(thread.boardId());
        int p = Math.max(0, page);
        List<Post> posts = byVotes ? byVotes(thread, p)
                : em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t AND p.position >= :from "
                        + "ORDER BY p.position", Post.class)
                .setParameter("t", thread.id()).setParameter("from", p * POSTS_PER_PAGE)
                .setMaxResults(POSTS_PER_PAGE).getResultList();
        int pages = thread.replyCount() / POSTS_PER_PAGE + 1;
        boolean moderator = moderators.moderates(board.id());
        return new ThreadView(board, thread, posts, p, pages,
                caller.signedIn() && !thread.deleted() && board.replyAccess().allows(caller.person())
                        && (!thread.locked() || moderator), moderator);
    }

    private List<Post> byVotes(ForumThread thread, int page) {
        Long accepted = thread.acceptedPostId();
        return em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t ORDER BY p.voteCount DESC, p.position", Post.class)
                .setParameter("t", thread.id()).setMaxResults(VOTE_SORT_LIMIT).getResultStream()
                .sorted(java.util.Comparator.comparingInt((Post p) -> p.position() == 0 ? 0
                        : p.id().equals(accepted) ? 1 : 2))
                .skip((long) page * POSTS_PER_PAGE).limit(POSTS_PER_PAGE).toList();
    }

    /** Closes a thread to replies (moderators may still reply) or opens it again: the board's moderators. */
    @Transactional
    public ForumThread lock(long threadId, boolean locked) {
        Person me = caller.require();
        ForumThread thread = access.readable(threadId);
        if (!moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
        if (thread.locked() != locked) {
            thread.lock(locked);
            events.fire(locked ? new ThreadClosed(thread.id(), thread.boardId(), me.id(), clock.instant())
                    : new ThreadReopened(thread.id(), thread.boardId(), me.id(), clock.instant()));
        }
        return thread;
    }

    /**
     * Moves a thread to another board: for people who moderate both boards. Its address, posts,
     * tags and followers stay; both boards' counts follow it, and its author hears of the move.
     */
    @Transactional
    public ForumThread move(long threadId, String targetSlug) {
        Person me = caller.require();
        ForumThread thread = access.readable(threadId);
        Board from = boards.readable(thread.boardId());
        if (!moderators.moderates(from.id())) {
            throw Refusal.forbidden();
        }
        if (targetSlug == null || targetSlug.isBlank()) {
            throw InvalidInput.of("board", "validation.required");
        }
        Board to = boards.visible().stream().filter(b -> b.slug().equals(targetSlug.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.of("board", "validation.board.unknown"));
        if (!moderators.moderates(to.id())) {
            throw Refusal.forbidden();
        }
        if (to.id().equals(from.id())) {
            return thread;
        }
        ForumThread moving = em.find(ForumThread.class, thread.id(), LockModeType.PESSIMISTIC_WRITE);
        int posts = moving.deleted() ? 0 : postService.livePosts(moving);
        moving.moveTo(to.id());
        int threads = moving.deleted() ? 0 : 1;
        Instant activity = moving.deleted() ? null : moving.lastActivityAt();
        // Both board rows, lower id first, so two moves in opposite directions cannot deadlock.
        if (from.id() < to.id()) {
            boards.count(from.id(), -threads, -posts, null);
            boards.count(to.id(), threads, posts, activity);
        } else {
            boards.count(to.id(), threads, posts, activity);
            boards.count(from.id(), -threads, -posts, null);
        }
        events.fire(new ThreadMoved(moving.id(), from.id(), to.id(), me.id(), clock.instant()));
        return moving;
    }

    /**
     * A post as written, personal data unmasked: for its author, or for staff who give a reason
     * (their look is logged). Anyone else learns nothing, not even that the post exists.
     */
    @Transactional
    public Original original(long threadId, long postId, String reason) {
        Person me = caller.require();
        Post post = access.readablePost(postId);
        ForumThread thread = access.readable(threadId);
        if (post.threadId() != threadId || post.deleted()) {
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
