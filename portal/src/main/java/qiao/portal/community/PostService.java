package qiao.portal.community;

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
import qiao.portal.identity.Account;
import qiao.portal.identity.Caller;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/**
 * Editing, deleting and restoring posts. Every edit keeps the replaced text as a revision; a delete
 * only hides (moderators can restore). Authors edit and delete their own posts; the board's moderators any post.
 */
@ApplicationScoped
public class PostService {

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
    Event<ThreadTagsChanged> tagsChanged;

    /** Changes a post's text (and, for the opening post, optionally the thread's title). */
    @Transactional
    public Post edit(long postId, String rawBody, String rawTitle) {
        Account me = caller.require();
        Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
        ForumThread thread = thread(post);
        boolean author = post.authorId() == me.id();
        boolean moderator = moderators.moderates(thread.boardId());
        if (!author && !moderator) {
            throw Refusal.forbidden();
        }
        if (!moderator && (thread.locked() || post.deleted())) {
            throw Refusal.conflict("post.notEditable");
        }
        FieldErrors errors = new FieldErrors();
        String body = CommunityRules.body(rawBody, errors);
        String title = rawTitle == null || post.position() != 0 ? null : CommunityRules.title(rawTitle, errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!body.equals(post.raw())) {
            if (post.editCount() == 0) {
                em.persist(new PostRevision(post.id(), 1, post.raw(), post.authorId(), post.createdAt()));
            }
            post.edit(body, cooker.cook(body), now);
            em.persist(new PostRevision(post.id(), post.editCount() + 1, body, me.id(), now));
        }
        if (title != null && !title.equals(thread.titleAsWritten())) {
            thread.retitle(title);
        }
        return post;
    }

    /** Every version of a post, oldest first, with what each changed. Others see personal data masked. */
    @Transactional
    public List<Version> history(long postId) {
        Post post = em.find(Post.class, postId);
        ForumThread thread = thread(post);
        if (post.deleted() && !moderators.moderates(thread.boardId())) {
            throw Refusal.notFound();
        }
        boolean unmasked = caller.isStaff() || caller.signedIn() && caller.require().id() == post.authorId();
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
        Account me = caller.require();
        Post post = em.find(Post.class, postId);
        ForumThread thread = thread(post);
        if (post.authorId() != me.id() && !moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
        if (!post.deleted()) {
            if (post.position() == 0) {
                int posts = livePosts(thread);
                post.delete(me.id(), clock.instant());
                thread.delete();
                boards.count(thread.boardId(), -1, -posts, null);
                tagsChanged.fire(new ThreadTagsChanged());
            } else {
                post.delete(me.id(), clock.instant());
                if (!thread.deleted()) {
                    boards.count(thread.boardId(), 0, -1, null);
                }
            }
        }
        return post;
    }

    @Transactional
    public Post restore(long postId) {
        caller.require();
        Post post = em.find(Post.class, postId);
        ForumThread thread = thread(post);
        if (!moderators.moderates(thread.boardId())) {
            throw Refusal.forbidden();
        }
        if (!post.deleted()) {
            return post;
        }
        post.restore();
        if (post.position() == 0) {
            thread.restore();
            boards.count(thread.boardId(), 1, livePosts(thread), null);
            tagsChanged.fire(new ThreadTagsChanged());
        } else if (!thread.deleted()) {
            boards.count(thread.boardId(), 0, 1, null);
        }
        return post;
    }

    /** How many of the thread's posts are not deleted (what its board counts while the thread is live). */
    int livePosts(ForumThread thread) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.threadId = :t AND p.deletedAt IS NULL", Long.class)
                .setParameter("t", thread.id()).getSingleResult().intValue();
    }

    /** The post's thread, if the caller may see it (deleted threads only for its board's moderators). */
    private ForumThread thread(Post post) {
        if (post == null) {
            throw Refusal.notFound();
        }
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        if (thread == null || thread.deleted() && !moderators.moderates(thread.boardId())) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        return thread;
    }
}
