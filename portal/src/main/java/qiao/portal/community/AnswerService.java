package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import qiao.portal.identity.Account;
import qiao.portal.identity.Caller;
import qiao.portal.web.Refusal;

/**
 * Accepted answers. Staff and the board's moderators may accept any reply to a question (官方采纳); the asker
 * may too where the board allows it. Accepting another reply replaces the answer; the asker may
 * not overrule an answer staff accepted.
 */
@ApplicationScoped
public class AnswerService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    BoardModerators moderators;

    @Inject
    BoardService boards;

    @Inject
    Event<AnswerAccepted> accepted;

    @Transactional
    public ForumThread accept(long postId) {
        Account me = caller.require();
        Post post = readablePost(postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId(), LockModeType.PESSIMISTIC_WRITE);
        requireMayDecide(thread);
        if (thread.kind() != ThreadKind.QUESTION) {
            throw Refusal.conflict("answer.notQuestion");
        }
        if (post.position() == 0) {
            throw Refusal.conflict("answer.notReply");
        }
        boolean staff = moderators.moderates(thread.boardId());
        thread.accept(post.id(), me.id(), staff);
        accepted.fire(new AnswerAccepted(thread.id(), thread.title(), post.id(), thread.authorId(), post.authorId(),
                me.id(), staff));
        return thread;
    }

    @Transactional
    public ForumThread unaccept(long postId) {
        caller.require();
        Post post = readablePost(postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId(), LockModeType.PESSIMISTIC_WRITE);
        requireMayDecide(thread);
        if (!Long.valueOf(post.id()).equals(thread.acceptedPostId())) {
            throw Refusal.conflict("answer.notAccepted");
        }
        thread.unaccept();
        return thread;
    }

    private void requireMayDecide(ForumThread thread) {
        if (moderators.moderates(thread.boardId())) {
            return;
        }
        Board board = boards.readable(thread.boardId());
        boolean asker = caller.require().id().equals(thread.authorId());
        if (!asker || !board.askerMayAccept() || thread.acceptedByStaff()) {
            throw Refusal.forbidden();
        }
    }

    private Post readablePost(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null || post.deleted()) {
            throw Refusal.notFound();
        }
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        boards.readable(thread.boardId());
        return post;
    }
}
