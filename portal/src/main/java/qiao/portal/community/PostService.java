package qiao.portal.community;

import qiao.portal.content.WritingRules;
import qiao.portal.content.LineDiff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import qiao.portal.content.MarkdownCooker;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostDeleted;
import qiao.api.event.PostEdited;
import qiao.api.event.PostRestored;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/**
 * Editing, deleting and restoring posts. Every edit keeps the replaced text as a revision; a delete
 * only hides (moderators can restore). Authors edit and delete their own posts; the board's moderators any post.
 */
@ApplicationScoped
class PostService {

    private final MarkdownCooker cooker = new MarkdownCooker();

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardModerators moderators;

    @Inject
    BoardService boards;

    @Inject
    Event<PortalEvent> events;

    @Inject
    ThreadAccess access;

    /** Changes a post's text (and, for the opening post, optionally the thread's title). */
    @Transactional
    public Post edit(long postId, String rawBody, String rawTitle) {
        Person me = caller.require();
        Post post = access.readablePost(postId);
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        boolean author = post.authorId() == me.id();
        boolean moderator = moderators.moderates(thread.boardId());
        if (!author && !moderator) {
            throw Refusal.forbidden();
        }
        if (!moderator && (thread.locked() || post.deleted())) {
            throw Refusal.conflict("post.notEditable");
        }
        FieldErrors errors = new FieldErrors();
        String body = WritingRules.body(rawBody, errors);
        String title = rawTitle == null || post.position() != 0 ? null : WritingRules.title(rawTitle, errors);
        errors.throwIfAny();
        if (!author) {
            // others edit the text with its personal data masked: what is still masked stands for the author's original
            body = PersonalData.unmask(body, post.raw());
            title = title == null ? null : PersonalData.unmask(title, thread.titleAsWritten());
        }
        Instant now = clock.instant();
        boolean changed = false;
        if (!body.equals(post.raw())) {
            if (post.editCount() == 0) {
                em.persist(new PostRevision(post.id(), 1, post.raw(), post.authorId(), post.createdAt()));
            }
            post.edit(body, cooker.cook(body), now);
            em.persist(new PostRevision(post.id(), post.editCount() + 1, body, me.id(), now));
            changed = true;
        }
        if (title != null && !title.equals(thread.titleAsWritten())) {
            thread.retitle(title);
            changed = true;
        }
        if (changed) {
            events.fire(new PostEdited(post.id(), thread.id(), thread.boardId(), me.id(), now));
        }
        return post;
    }

    /**
     * Every version of a post, oldest first, with what each changed. Only its author sees personal
     * data as written; everyone else (staff too, who have the logged reveal for that) sees it masked.
     */
    @Transactional
    public List<Version> history(long postId) {
        Post post = access.readablePost(postId);
        boolean unmasked = isAuthor(post);
        List<PostRevision> revisions = em.createQuery("SELECT r FROM PostRevision r WHERE r.postId = :p ORDER BY r.revision",
                PostRevision.class).setParameter("p", post.id()).getResultList();
        List<Version> versions = new ArrayList<>();
        String previous = "";
        for (PostRevision r : revisions) {
            String text = unmasked ? r.raw() : PersonalData.mask(r.raw());
            versions.add(new Version(r.revision(), r.editedBy(), r.editedAt(), text, LineDiff.between(previous, text)));
            previous = text;
        }
        if (versions.isEmpty()) {
            String text = unmasked ? post.raw() : PersonalData.mask(post.raw());
            versions.add(new Version(1, post.authorId(), post.createdAt(), text, LineDiff.between("", text)));
        }
        return versions;
    }

    /** One version of a post. */
    public record Version(int revision, long editedBy, Instant editedAt, String text, List<LineDiff.Line> changes) {
    }

    @Transactional
    public Post delete(long postId) {
        Person me = caller.require();
        Post post = access.readablePost(postId);
        ForumThread thread = access.readable(post.threadId());
        if (post.authorId() != me.id() && !moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
        if (post.deleted()) {
            return post;
        }
        Instant now = clock.instant();
        boolean wholeThread = post.position() == 0 && !thread.deleted();
        if (wholeThread) {
            int posts = livePosts(thread);
            post.delete(me.id(), now);
            thread.delete();
            boards.count(thread.boardId(), -1, -posts, null);
        } else {
            post.delete(me.id(), now);
            if (!thread.deleted()) {
                boards.count(thread.boardId(), 0, -1, null);
            }
        }
        events.fire(new PostDeleted(post.id(), thread.id(), thread.boardId(), wholeThread, me.id(), now));
        return post;
    }

    @Transactional
    public Post restore(long postId) {
        Person me = caller.require();
        Post post = access.readablePost(postId);
        ForumThread thread = access.readable(post.threadId());
        if (!moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
        if (!post.deleted()) {
            return post;
        }
        post.restore();
        boolean wholeThread = post.position() == 0 && thread.deleted();
        if (wholeThread) {
            thread.restore();
            boards.count(thread.boardId(), 1, livePosts(thread), null);
        } else if (!thread.deleted()) {
            boards.count(thread.boardId(), 0, 1, null);
        }
        events.fire(new PostRestored(post.id(), thread.id(), thread.boardId(), wholeThread, me.id(), clock.instant()));
        return post;
    }

    /** Whether the caller wrote the post (and so may see its personal data as written). */
    boolean isAuthor(Post post) {
        return caller.person().map(me -> me.id() == post.authorId()).orElse(false);
    }

    /** How many of the thread's posts are not deleted (what its board counts while the thread is live). */
    int livePosts(ForumThread thread) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.threadId = :t AND p.deletedAt IS NULL", Long.class)
                .setParameter("t", thread.id()).getSingleResult().intValue();
    }
}
