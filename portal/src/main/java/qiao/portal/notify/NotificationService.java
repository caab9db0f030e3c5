package qiao.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import qiao.api.event.AnswerAccepted;
import qiao.api.event.PostPublished;
import qiao.api.event.SuggestionStatusChanged;
import qiao.api.event.ThreadMoved;
import qiao.api.event.ThreadStarted;
import qiao.portal.community.ThreadAccess;
import qiao.portal.community.ThreadAudience;
import qiao.portal.community.ThreadAudience.PostFacts;
import qiao.portal.community.ThreadAudience.ThreadFacts;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;

/**
 * Makes notifications from community events, and lets people read them. Notify decides who is
 * told (the events say only what happened), tells nobody of their own doing, and tells only people
 * who may read the thread: when the notification is made, and again whenever it is listed or
 * counted, so a thread that later moves into a staff board, or a role taken away, hides it too.
 */
@ApplicationScoped
class NotificationService {

    static final int PAGE = 50;
    /** How many unread notifications a count looks at, at most, before it gives its answer. */
    static final int COUNT_SCAN_LIMIT = 5_000;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    ThreadAudience audience;

    @Inject
    ThreadAccess access;

    void onThread(@Observes ThreadStarted start) {
        ThreadFacts thread = audience.thread(start.threadId()).orElseThrow();
        Recipients told = new Recipients(start.actorId());
        mentioned(start.postId(), told);
        told.add(audience.boardFollowers(thread.boardId()), Notification.Kind.NEW_THREAD);
        send(told, thread, start.postId(), start.actorId());
    }

    void onReply(@Observes PostPublished reply) {
        ThreadFacts thread = audience.thread(reply.threadId()).orElseThrow();
        Recipients told = new Recipients(reply.actorId());
        told.add(Set.of(thread.authorId()), Notification.Kind.REPLY);
        mentioned(reply.postId(), told);
        told.add(audience.threadFollowers(thread.id()), Notification.Kind.REPLY);
        send(told, thread, reply.postId(), reply.actorId());
    }

    void onAccepted(@Observes AnswerAccepted answer) {
        ThreadFacts thread = audience.thread(answer.threadId()).orElseThrow();
        Recipients told = new Recipients(answer.actorId());
        told.add(Set.of(thread.authorId()), Notification.Kind.ANSWER_ACCEPTED);
        audience.post(answer.postId()).ifPresent(p -> told.add(Set.of(p.authorId()), Notification.Kind.YOUR_ANSWER_ACCEPTED));
        send(told, thread, answer.postId(), answer.actorId());
    }

    void onStatus(@Observes SuggestionStatusChanged change) {
        ThreadFacts thread = audience.thread(change.threadId()).orElseThrow();
        Recipients told = new Recipients(change.actorId());
        told.add(Set.of(thread.authorId()), Notification.Kind.STATUS_CHANGED);
        told.add(audience.voters(thread.id()), Notification.Kind.STATUS_CHANGED);
        told.add(audience.threadFollowers(thread.id()), Notification.Kind.STATUS_CHANGED);
        send(told, thread, null, change.actorId());
    }

    void onMoved(@Observes ThreadMoved move) {
        ThreadFacts thread = audience.thread(move.threadId()).orElseThrow();
        Recipients told = new Recipients(move.actorId());
        told.add(Set.of(thread.authorId()), Notification.Kind.THREAD_MOVED);
        send(told, thread, null, move.actorId());
    }

    private void mentioned(long postId, Recipients told) {
        audience.post(postId).map(PostFacts::mentions)
                .ifPresent(names -> told.add(accounts.idsByUsername(names).values(), Notification.Kind.MENTION));
    }

    /** Writes one notification for each recipient who may read the thread now. */
    private void send(Recipients told, ThreadFacts thread, Long postId, long actorId) {
        Set<Long> readers = access.readers(thread.id(), told.kinds.keySet());
        told.kinds.forEach((accountId, kind) -> {
            if (readers.contains(accountId)) {
                em.persist(new Notification(accountId, kind, actorId, thread.id(), postId, thread.title(), clock.instant()));
            }
        });
    }

    /** Who is told what: each person once, in the first way that concerns them, never the actor. */
    private static final class Recipients {
        private final long actor;
        private final Map<Long, Notification.Kind> kinds = new LinkedHashMap<>();

        Recipients(long actor) {
            this.actor = actor;
        }

        void add(Collection<Long> accountIds, Notification.Kind kind) {
            accountIds.stream().filter(id -> id != actor).forEach(id -> kinds.putIfAbsent(id, kind));
        }
    }

    /** The caller's latest notifications about what they may still read, newest first. */
    @Transactional
    public List<Notification> mine() {
        long me = caller.require().id();
        List<Notification> shown = new ArrayList<>();
        int offset = 0;
        while (shown.size() < PAGE && offset < COUNT_SCAN_LIMIT) {
            List<Notification> batch = em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :me "
                            + "ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                    .setParameter("me", me).setFirstResult(offset).setMaxResults(PAGE).getResultList();
            Set<Long> readable = access.readableBy(caller.person(), batch.stream().map(Notification::threadId).filter(Objects::nonNull).toList());
            batch.stream().filter(n -> n.threadId() == null || readable.contains(n.threadId())).limit(PAGE - shown.size()).forEach(shown::add);
            if (batch.size() < PAGE) {
                break;
            }
            offset += PAGE;
        }
        return shown;
    }

    /** How many of the caller's notifications about what they may read are unread (all of them, for the API). */
    @Transactional
    public long unreadCount() {
        if (!caller.signedIn()) {
            return 0;
        }
        List<Object[]> rows = em.createQuery("SELECT n.threadId, COUNT(n) FROM Notification n "
                        + "WHERE n.accountId = :me AND n.readAt IS NULL GROUP BY n.threadId", Object[].class)
                .setParameter("me", caller.require().id()).getResultList();
        Set<Long> readable = access.readableBy(caller.person(), rows.stream().map(r -> (Long) r[0]).filter(Objects::nonNull).toList());
        return rows.stream().filter(r -> r[0] == null || readable.contains((Long) r[0])).mapToLong(r -> (Long) r[1]).sum();
    }

    /**
     * How many of the caller's unread notifications are about threads they may read, counting no
     * further than {@code cap}: every page shows it, and someone who never reads theirs should not
     * make every page count them all. Reads {@code cap} of them, and more only if some were about
     * threads the caller may no longer read.
     */
    @Transactional
    public int unreadUpTo(int cap) {
        if (!caller.signedIn()) {
            return 0;
        }
        int limit = cap;
        while (true) {
            List<Long> threads = em.createQuery("SELECT n.threadId FROM Notification n "
                            + "WHERE n.accountId = :me AND n.readAt IS NULL", Long.class)
                    .setParameter("me", caller.require().id()).setMaxResults(limit).getResultList();
            Set<Long> readable = access.readableBy(caller.person(), threads.stream().filter(Objects::nonNull).toList());
            int counted = (int) threads.stream().filter(t -> t == null || readable.contains(t)).count();
            if (counted >= cap || threads.size() < limit || limit >= COUNT_SCAN_LIMIT) {
                return Math.min(counted, cap);
            }
            limit = Math.min(limit * 4, COUNT_SCAN_LIMIT);
        }
    }

    /** Marks all of the caller's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("me", caller.require().id()).executeUpdate();
    }
}
