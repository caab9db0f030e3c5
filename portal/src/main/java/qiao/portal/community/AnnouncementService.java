package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import qiao.portal.identity.Caller;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/**
 * Staff keep threads on top (pinned to a board, or globally) and may show an announcement as a
 * site-wide banner until a date. Visitors may dismiss the banner.
 */
@ApplicationScoped
class AnnouncementService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    @Transactional
    public ForumThread pin(long threadId, String scope) {
        ForumThread thread = staffThread(threadId);
        thread.pin(PinScope.fromKey(scope == null ? "" : scope.strip().toLowerCase())
                .orElseThrow(() -> InvalidInput.of("scope", "validation.pinScope")));
        return thread;
    }

    /** Shows an announcement as the banner until the end of a day (in the staff member's zone); blank removes it. */
    @Transactional
    public ForumThread banner(long threadId, String until, ZoneId zone) {
        ForumThread thread = staffThread(threadId);
        if (thread.kind() != ThreadKind.ANNOUNCEMENT) {
            throw Refusal.conflict("banner.notAnnouncement");
        }
        candidates = null;
        if (until == null || until.isBlank()) {
            thread.showBannerUntil(null);
            return thread;
        }
        try {
            Instant end = LocalDate.parse(until.strip()).plusDays(1).atStartOfDay(zone).toInstant();
            if (!end.isAfter(clock.instant())) {
                throw InvalidInput.of("until", "validation.banner.past");
            }
            thread.showBannerUntil(end);
            return thread;
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("until", "validation.banner.date");
        }
    }

    /** Threads pinned on top of a board (its own and the global ones), newest first. */
    @Transactional
    public List<ForumThread> pinned(long boardId) {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.deleted = FALSE AND "
                        + "((t.pinned = TRUE AND t.boardId = :b) OR t.pinnedGlobally = TRUE) ORDER BY t.createdAt DESC",
                ForumThread.class).setParameter("b", boardId).setMaxResults(10).getResultStream()
                .filter(t -> t.boardId() == boardId || readable(t)).toList();
    }

    /** Globally pinned threads the caller may read, for the home page. */
    @Transactional
    public List<ForumThread> pinnedGlobally() {
        return em.createQuery("SELECT t FROM ForumThread t WHERE t.deleted = FALSE AND t.pinnedGlobally = TRUE "
                        + "ORDER BY t.createdAt DESC", ForumThread.class).setMaxResults(10).getResultStream()
                .filter(this::readable).toList();
    }

    /**
     * The current banner (the newest announcement whose banner has not ended) that the caller may
     * read. Every page asks, so the candidates are kept for a few seconds (other nodes of a cluster
     * see a change within that time; this node at once).
     */
    @Transactional
    public Optional<ForumThread> banner() {
        Candidates cached = candidates;
        long now = System.nanoTime();
        if (cached == null || now - cached.fetchedAt() > BANNER_CACHE_NANOS) {
            cached = new Candidates(em.createQuery("SELECT t FROM ForumThread t WHERE t.deleted = FALSE "
                            + "AND t.bannerUntil > :now ORDER BY t.createdAt DESC", ForumThread.class)
                    .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).setMaxResults(3)
                    .getResultList(), now);
            candidates = cached;
        }
        Instant at = clock.instant();
        return cached.threads().stream().filter(t -> t.bannerUntil() != null && t.bannerUntil().isAfter(at))
                .filter(this::readable).findFirst();
    }

    private record Candidates(List<ForumThread> threads, long fetchedAt) {
    }

    private static final long BANNER_CACHE_NANOS = 5_000_000_000L;
    private volatile Candidates candidates;

    private boolean readable(ForumThread thread) {
        return boards.mayRead(thread.boardId());
    }

    private ForumThread staffThread(long threadId) {
        caller.require();
        if (!caller.isStaff()) {
            throw Refusal.forbidden();
        }
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || thread.deleted()) {
            throw Refusal.notFound();
        }
        return thread;
    }
}
