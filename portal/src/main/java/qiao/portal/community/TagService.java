package qiao.portal.community;

import qiao.portal.content.WritingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import qiao.api.event.PortalEvent;
import qiao.api.event.ThreadTagsChanged;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.identity.Role;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/**
 * Tags on threads. Admins keep the managed tags; members use them, and make new (free) tags by
 * using them where a board allows it. A thread has at most {@link CommunityRules#TAGS_MAX} tags.
 */
@ApplicationScoped
class TagService {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    @Inject
    BoardModerators moderators;

    @Inject
    FreeTags freeTags;

    @Inject
    TagCounts tagCounts;

    @Inject
    ThreadAccess access;

    @Inject
    Event<PortalEvent> events;

    /** A tag and how many threads carry it. */
    public record TagUse(Tag tag, long threads) {
    }

    /**
     * Checks names already cleaned by {@link CommunityRules#tags} against the board: unknown tags
     * where free tags are not allowed, and staff-only tags for people who do not moderate it, are
     * errors on "tags".
     */
    List<String> allowed(Board board, List<String> names, FieldErrors errors) {
        Map<String, Tag> known = byName(names);
        boolean moderator = !names.isEmpty() && moderators.moderates(board.id());
        for (String name : names) {
            Tag tag = known.get(name);
            if (tag == null && !board.freeTags() && !moderator) {
                errors.add("tags", "validation.tag.unknown", name);
            } else if (tag != null && tag.staffOnly() && !moderator) {
                errors.add("tags", "validation.tag.staffOnly", name);
            }
        }
        return names;
    }

    /** Puts exactly these (allowed) tags on the thread, making free tags that do not exist yet. */
    void attach(ForumThread thread, List<String> names) {
        Map<String, Tag> known = byName(names);
        em.createQuery("DELETE FROM ThreadTag x WHERE x.threadId = :t").setParameter("t", thread.id()).executeUpdate();
        for (String name : names) {
            Tag tag = known.get(name);
            long tagId = tag != null ? tag.id() : made(name);
            em.persist(new ThreadTag(thread.id(), tagId));
        }
        thread.tagged(names);
    }

    /** New tags for a thread: its author (while it is open) or the board's moderators. */
    @Transactional
    public ForumThread retag(long threadId, List<String> raw) {
        Person me = caller.require();
        ForumThread thread = access.readable(threadId);
        Board board = boards.readable(thread.boardId());
        boolean moderator = moderators.moderates(board.id());
        if (!moderator && (thread.authorId() != me.id() || thread.locked())) {
            throw Refusal.forbidden();
        }
        FieldErrors errors = new FieldErrors();
        List<String> names = allowed(board, WritingRules.tags(raw, errors), errors);
        errors.throwIfAny();
        if (!names.equals(thread.tags())) {
            attach(thread, names);
            events.fire(new ThreadTagsChanged(thread.id(), thread.boardId(), me.id(), clock.instant()));
        }
        return thread;
    }

    /** The tags admins keep, to offer in the composer. */
    @Transactional
    public List<Tag> managed() {
        return em.createQuery("SELECT t FROM Tag t WHERE t.managed = TRUE ORDER BY t.name", Tag.class).getResultList();
    }

    /**
     * The tags the caller can see, most used first, with how many of their threads the caller may
     * read: the managed tags, and free tags on at least one such thread (so a tag used only in a
     * staff board stays as private as the board).
     */
    @Transactional
    public List<TagUse> visible() {
        return uses(tagCounts.inBoards(boards.visible().stream().map(Board::id).toList()), true);
    }

    /** Admins: every tag, with every thread that carries it counted. */
    @Transactional
    public List<TagUse> all() {
        caller.require(Role.ADMIN);
        Map<Long, Long> counts = em.createQuery("SELECT x.tagId, COUNT(x) FROM ThreadTag x GROUP BY x.tagId", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return uses(counts, false);
    }

    private List<TagUse> uses(Map<Long, Long> counts, boolean usedOrManagedOnly) {
        List<TagUse> uses = new ArrayList<>();
        for (Tag tag : em.createQuery("SELECT t FROM Tag t ORDER BY t.name", Tag.class).getResultList()) {
            long threads = counts.getOrDefault(tag.id(), 0L);
            if (!usedOrManagedOnly || threads > 0 || tag.managed()) {
                uses.add(new TagUse(tag, threads));
            }
        }
        uses.sort((a, b) -> Long.compare(b.threads(), a.threads()));
        return uses;
    }

    public Optional<Tag> find(String name) {
        return em.createQuery("SELECT t FROM Tag t WHERE t.name = :n", Tag.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    /** Admins: makes a tag managed (creating it if needed), with a description and who may use it. */
    @Transactional
    public Tag manage(String rawName, String rawDescription, boolean staffOnly) {
        Person me = caller.require(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        List<String> names = WritingRules.tags(rawName == null ? List.of() : List.of(rawName), errors);
        if (names.isEmpty() && errors.isEmpty()) {
            errors.add("tags", "validation.required");
        }
        String description = WritingRules.description(rawDescription, errors);
        errors.throwIfAny();
        Tag tag = find(names.get(0)).orElseGet(() -> {
            Tag made = new Tag(names.get(0), true, me.id(), clock.instant());
            em.persist(made);
            return made;
        });
        tag.manage(description, staffOnly);
        return tag;
    }

    /** Admins: removes a tag from every thread, and the tag itself. */
    @Transactional
    public void delete(String name) {
        Person me = caller.require(Role.ADMIN);
        Tag tag = find(name).orElseThrow(Refusal::notFound);
        List<ForumThread> tagged = em.createQuery("SELECT t FROM ForumThread t WHERE t.id IN "
                + "(SELECT x.threadId FROM ThreadTag x WHERE x.tagId = :tag)", ForumThread.class)
                .setParameter("tag", tag.id()).getResultList();
        em.createQuery("DELETE FROM ThreadTag x WHERE x.tagId = :tag").setParameter("tag", tag.id()).executeUpdate();
        em.remove(tag);
        for (ForumThread thread : tagged) {
            thread.tagged(thread.tags().stream().filter(n -> !n.equals(name)).toList());
            events.fire(new ThreadTagsChanged(thread.id(), thread.boardId(), me.id(), clock.instant()));
        }
    }

    private long made(String name) {
        try {
            return freeTags.create(name, caller.person().map(Person::id).orElse(null));
        } catch (RuntimeException takenMeanwhile) {
            return find(name).map(Tag::id).orElseThrow(() -> takenMeanwhile);
        }
    }

    private Map<String, Tag> byName(List<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM Tag t WHERE t.name IN :names", Tag.class).setParameter("names", names)
                .getResultStream().collect(Collectors.toMap(Tag::name, Function.identity()));
    }
}
