package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import qiao.api.event.AnswerAccepted;
import qiao.api.event.AnswerUnaccepted;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.Refusal;

/**
 * Accepted answers. Staff and the board's moderators may accept any reply to a question (官方采纳); the asker
 * may too where the board allows it. Accepting another reply replaces the answer; the asker may
 * not overrule an answer staff accepted.
 */
@ApplicationScoped
class AnswerService {

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
    ThreadAccess access;

    @Inject
    Event<PortalEvent> events;

    @Transactional
    public ForumThread accept(long postId) {
        Person me = caller.require();
        Post post = access.livePost(postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId(), LockModeType.PESSIMISTIC_WRITE);
        requireMayDecide(thread);
        if (thread.kind() != ThreadKind.QUESTION) {
            throw Refusal.conflict("answer.notQuestion");
        }
        if (post.position() == 0) {
            throw Refusal.conflict("answer.notReply");
        }
        boolean staff = moderators.moderates(thread.boardId());
        if (Long.valueOf(post.id()).equals(thread.acceptedPostId()) && thread.acceptedByStaff() == staff) {
            return thread;
        }
        thread.accept(post.id(), me.id(), staff);
        events.fire(new AnswerAccepted(thread.id(), post.id(), thread.boardId(), staff, me.id(), clock.instant()));
        return thread;
    }

    @Transactional
    public ForumThread unaccept(long postId) {
        Person me = caller.require();
        Post post = access.livePost(postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId(), LockModeType.PESSIMISTIC_WRITE);
        requireMayDecide(thread);
        if (!Long.valueOf(post.id()).equals(thread.acceptedPostId())) {
            throw Refusal.conflict("answer.notAccepted");
        }
        thread.unaccept();
        events.fire(new AnswerUnaccepted(thread.id(), post.id(), thread.boardId(), me.id(), clock.instant()));
        return thread;
    }

    private void requireMayDecide(ForumThread thread) {
        if (moderators.moderates(thread.boardId())) {
            return;
        }
        Board board = boards.readable(thread.boardId());
        boolean asker = caller.require().id() == thread.authorId();
        if (!asker || !board.askerMayAccept() || thread.acceptedByStaff()) {
            throw Refusal.forbidden();
        }
    }
}
