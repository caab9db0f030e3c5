package qiao.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import qiao.portal.community.AnswerAccepted;
import qiao.portal.community.PostPublished;
import qiao.portal.community.StatusChanged;
import qiao.portal.community.ThreadMoved;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;

/** Makes notifications from community events, and lets people read them. Nobody is told of their own doing. */
@ApplicationScoped
public class NotificationService {

    static final int PAGE = 50;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    void onPost(@Observes PostPublished post) {
        Set<Long> told = new HashSet<>();
        told.add(post.authorId());
        if (post.isReply() && told.add(post.threadAuthorId())) {
            add(post.threadAuthorId(), Notification.Kind.REPLY, post.authorId(), post.threadId(), post.postId(),
                    post.threadTitle());
        }
        accounts.idsByUsername(post.mentions()).values().stream().filter(told::add).forEach(id ->
                add(id, Notification.Kind.MENTION, post.authorId(), post.threadId(), post.postId(), post.threadTitle()));
        Notification.Kind kind = post.isReply() ? Notification.Kind.REPLY : Notification.Kind.NEW_THREAD;
        post.followers().stream().filter(told::add).forEach(id ->
                add(id, kind, post.authorId(), post.threadId(), post.postId(), post.threadTitle()));
    }

    void onAccepted(@Observes AnswerAccepted answer) {
        if (answer.askerId() != answer.acceptedBy()) {
            add(answer.askerId(), Notification.Kind.ANSWER_ACCEPTED, answer.acceptedBy(), answer.threadId(),
                    answer.postId(), answer.threadTitle());
        }
        if (answer.answererId() != answer.acceptedBy()) {
            add(answer.answererId(), Notification.Kind.YOUR_ANSWER_ACCEPTED, answer.acceptedBy(), answer.threadId(),
                    answer.postId(), answer.threadTitle());
        }
    }

    void onStatus(@Observes StatusChanged change) {
        change.concerned().forEach(id -> add(id, Notification.Kind.STATUS_CHANGED, change.changedBy(), change.threadId(),
                null, change.threadTitle()));
    }

    void onMoved(@Observes ThreadMoved move) {
        if (move.authorId() != move.movedBy()) {
            add(move.authorId(), Notification.Kind.THREAD_MOVED, move.movedBy(), move.threadId(), null, move.threadTitle());
        }
    }

    private void add(long accountId, Notification.Kind kind, long actorId, long threadId, Long postId, String subject) {
        em.persist(new Notification(accountId, kind, actorId, threadId, postId, subject, clock.instant()));
    }

    /** The caller's latest notifications, newest first. */
    @Transactional
    public List<Notification> mine() {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :me ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("me", caller.require().id()).setMaxResults(PAGE).getResultList();
    }

    @Transactional
    public long unreadCount() {
        if (!caller.signedIn()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", caller.require().id()).getSingleResult();
    }

    /**
     * How many of the caller's notifications are unread, counting no further than {@code cap}: every
     * page shows it, and someone who never reads theirs should not make every page count them all.
     */
    @Transactional
    public int unreadUpTo(int cap) {
        if (!caller.signedIn()) {
            return 0;
        }
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.accountId = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", caller.require().id()).setMaxResults(cap).getResultList().size();
    }

    /** Marks all of the caller's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("me", caller.require().id()).executeUpdate();
    }
}
