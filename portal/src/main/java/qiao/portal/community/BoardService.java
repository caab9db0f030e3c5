package qiao.portal.community;

import qiao.portal.content.WritingRules;
import qiao.portal.identity.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import qiao.api.event.BoardAccessChanged;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.identity.Role;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/** Boards: admins create them; everyone sees the ones they may read. */
@ApplicationScoped
class BoardService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardModerators moderators;

    @Inject
    Event<PortalEvent> events;

    @Transactional
    public Board create(BoardForm form) {
        caller.require(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        BoardSettings settings = new BoardSettings(
                WritingRules.slug(form.slug(), errors),
                WritingRules.name(form.name(), errors),
                WritingRules.description(form.description(), errors),
                CommunityRules.colour(form.colour(), errors),
                WritingRules.icon(form.icon(), errors),
                position(form.position(), errors),
                Access.parse("read", form.read(), Access.EVERYONE, errors),
                Access.parse("start", form.start(), Access.SIGNED_IN, errors),
                Access.parse("reply", form.reply(), Access.SIGNED_IN, errors),
                !"no".equals(form.freeTags()));
        Collection<Long> moderatorIds = moderatorIds(form, errors);
        errors.throwIfAny();
        if (!em.createQuery("SELECT b.id FROM Board b WHERE b.slug = :slug").setParameter("slug", settings.slug())
                .getResultList().isEmpty()) {
            throw Refusal.conflict("validation.slug.taken");
        }
        Board board = new Board(settings, clock.instant());
        em.persist(board);
        em.flush();
        if (moderatorIds != null) {
            moderators.replace(board.id(), moderatorIds);
        }
        return board;
    }

    /** Changes a board's name, description, colour, icon, order, access and tag rule (its address stays). */
    @Transactional
    public Board update(String slug, BoardForm form) {
        Person admin = caller.require(Role.ADMIN);
        Board board = bySlug(slug);
        FieldErrors errors = new FieldErrors();
        BoardSettings settings = new BoardSettings(board.slug(),
                WritingRules.name(form.name(), errors),
                WritingRules.description(form.description(), errors),
                CommunityRules.colour(form.colour(), errors),
                WritingRules.icon(form.icon(), errors),
                position(form.position(), errors),
                Access.parse("read", form.read(), board.readAccess(), errors),
                Access.parse("start", form.start(), board.startAccess(), errors),
                Access.parse("reply", form.reply(), board.replyAccess(), errors),
                "yes".equals(form.freeTags()) || !"no".equals(form.freeTags()) && board.freeTags());
        Collection<Long> moderatorIds = moderatorIds(form, errors);
        errors.throwIfAny();
        boolean accessChanged = settings.read() != board.readAccess() || settings.start() != board.startAccess()
                || settings.reply() != board.replyAccess();
        board.apply(settings);
        if (moderatorIds != null) {
            accessChanged |= moderators.replace(board.id(), moderatorIds);
        }
        if (accessChanged) {
            events.fire(new BoardAccessChanged(board.id(), admin.id(), clock.instant()));
        }
        return board;
    }

    /** Admins: makes exactly these people the board's own moderators. */
    @Transactional
    public Board setModerators(String slug, List<String> usernames) {
        Person admin = caller.require(Role.ADMIN);
        Board board = bySlug(slug);
        FieldErrors errors = new FieldErrors();
        if (usernames == null || usernames.contains(null)) {
            throw InvalidInput.of("usernames", "validation.required");
        }
        Collection<Long> ids = moderators.resolve(usernames, errors);
        errors.throwIfAny();
        if (moderators.replace(board.id(), ids)) {
            events.fire(new BoardAccessChanged(board.id(), admin.id(), clock.instant()));
        }
        return board;
    }

    /** Every board, for admins (whatever its read access). */
    @Transactional
    public List<Board> all() {
        caller.require(Role.ADMIN);
        return em.createQuery("SELECT b FROM Board b ORDER BY b.position, b.name", Board.class).getResultList();
    }

    private Board bySlug(String slug) {
        return em.createQuery("SELECT b FROM Board b WHERE b.slug = :slug", Board.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(Refusal::notFound);
    }

    private Collection<Long> moderatorIds(BoardForm form, FieldErrors errors) {
        return form.moderators() == null ? null
                : moderators.resolve(WritingRules.splitNames(form.moderators()), errors);
    }

    private static int position(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.add("position", "validation.number");
            return 0;
        }
    }

    /**
     * Adds to a board's counts of live threads and posts, and moves its last activity forward to
     * {@code activity} (unless null). One update statement, so writers in the same board at the
     * same moment all count: reading the board and writing it back lost most of them under load.
     */
    void count(long boardId, int threads, int posts, Instant activity) {
        if (activity == null) {
            em.createQuery("UPDATE Board b SET b.threadCount = b.threadCount + :threads, "
                            + "b.postCount = b.postCount + :posts WHERE b.id = :id")
                    .setParameter("threads", threads).setParameter("posts", posts).setParameter("id", boardId)
                    .executeUpdate();
            return;
        }
        OffsetDateTime at = activity.atOffset(ZoneOffset.UTC);
        em.createQuery("UPDATE Board b SET b.threadCount = b.threadCount + :threads, b.postCount = b.postCount + :posts, "
                        + "b.lastActivityAt = CASE WHEN b.lastActivityAt IS NULL OR b.lastActivityAt < :at THEN :at "
                        + "ELSE b.lastActivityAt END WHERE b.id = :id")
                .setParameter("threads", threads).setParameter("posts", posts).setParameter("at", at)
                .setParameter("id", boardId).executeUpdate();
    }

    /** The boards the caller may read, in their set order. */
    @Transactional
    public List<Board> visible() {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.position, b.name", Board.class).getResultStream()
                .filter(b -> b.readAccess().allows(caller.person())).toList();
    }

    /** The boards the caller may read and moderates, in their set order (where they may move threads). */
    @Transactional
    public List<Board> moderated() {
        return visible().stream().filter(b -> moderators.moderates(b.id())).toList();
    }

    /** A board the caller may read; boards they may not read do not exist for them (404). */
    @Transactional
    public Board readable(String slug) {
        return em.createQuery("SELECT b FROM Board b WHERE b.slug = :slug", Board.class).setParameter("slug", slug)
                .getResultStream().filter(b -> b.readAccess().allows(caller.person())).findFirst()
                .orElseThrow(Refusal::notFound);
    }

    Board readable(long id) {
        Board board = em.find(Board.class, id);
        if (board == null || !board.readAccess().allows(caller.person())) {
            throw Refusal.notFound();
        }
        return board;
    }

    /** Whether the caller may read the board. */
    boolean mayRead(long id) {
        Board board = em.find(Board.class, id);
        return board != null && board.readAccess().allows(caller.person());
    }
}
