package qiao.portal.helpcenter;

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
import qiao.api.event.SectionChanged;
import qiao.portal.identity.Access;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/**
 * The help center's sections: categories and the sections in them (one level), each readable by whom its
 * access says — and a section only by who may read its category too. Sections one may not read do not
 * exist for them (404). Staff and admins make and change them.
 */
@ApplicationScoped
public class HelpSections {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<PortalEvent> events;

    /** A category with the sections in it that the caller may read. */
    public record Category(HelpSection category, List<HelpSection> sections) {
    }

    /** What a form or JSON body gives for a section. */
    public record SectionForm(String slug, String name, String description, String icon, String parent, String access, String position) {
    }

    @Transactional
    public HelpSection create(SectionForm form) {
        Person me = HelpPeople.requireWriter(caller);
        FieldErrors errors = new FieldErrors();
        String slug = WritingRules.slug(form.slug(), errors);
        SectionSettings settings = settings(form, null, errors);
        if (!errors.has("slug") && bySlug(slug).isPresent()) {
            errors.add("slug", "help.section.slug.taken");
        }
        errors.throwIfAny();
        HelpSection section = new HelpSection(slug, settings, clock.instant());
        em.persist(section);
        em.flush();
        events.fire(new SectionChanged(section.id(), me.id(), clock.instant()));
        return section;
    }

    @Transactional
    public HelpSection update(String slug, SectionForm form) {
        Person me = HelpPeople.requireWriter(caller);
        HelpSection section = bySlug(slug).orElseThrow(Refusal::notFound);
        FieldErrors errors = new FieldErrors();
        SectionSettings settings = settings(form, section, errors);
        if (settings.parentId() != null && !children(section.id()).isEmpty()) {
            errors.add("parent", "help.section.parent.hasSections");
        }
        errors.throwIfAny();
        section.apply(settings);
        events.fire(new SectionChanged(section.id(), me.id(), clock.instant()));
        return section;
    }

    private SectionSettings settings(SectionForm form, HelpSection current, FieldErrors errors) {
        String name = WritingRules.name(form.name(), errors);
        String description = WritingRules.description(form.description(), errors);
        String icon = WritingRules.icon(form.icon(), errors);
        Access access = Access.parse("access", form.access(), current == null ? Access.EVERYONE : current.access(), errors);
        Long parentId = null;
        if (form.parent() != null && !form.parent().isBlank()) {
            Optional<HelpSection> parent = bySlug(form.parent().strip());
            if (parent.isEmpty()) {
                errors.add("parent", "help.section.parent.unknown");
            } else if (!parent.get().category() || current != null && parent.get().id().equals(current.id())) {
                errors.add("parent", "help.section.parent.notCategory");
            } else {
                parentId = parent.get().id();
            }
        }
        int position = current == null ? nextPosition(parentId) : current.position();
        if (form.position() != null && !form.position().isBlank()) {
            try {
                position = Integer.parseInt(form.position().strip());
            } catch (NumberFormatException e) {
                errors.add("position", "validation.number");
            }
        }
        return new SectionSettings(name, description, icon, parentId, access, position);
    }

    private int nextPosition(Long parentId) {
        Integer last = parentId == null
                ? em.createQuery("SELECT MAX(s.position) FROM HelpSection s WHERE s.parentId IS NULL", Integer.class).getSingleResult()
                : em.createQuery("SELECT MAX(s.position) FROM HelpSection s WHERE s.parentId = :parent", Integer.class)
                        .setParameter("parent", parentId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Puts the sections of a category (or the categories, for none) in this order; others keep theirs after them. */
    @Transactional
    public void reorder(String parentSlug, List<String> slugs) {
        Person me = HelpPeople.requireWriter(caller);
        Long parentId = parentSlug == null || parentSlug.isBlank() ? null : bySlug(parentSlug).orElseThrow(Refusal::notFound).id();
        List<HelpSection> siblings = parentId == null ? categoriesOrdered() : children(parentId);
        Map<String, HelpSection> bySlug = siblings.stream().collect(Collectors.toMap(HelpSection::slug, Function.identity()));
        for (String slug : slugs) {
            if (!bySlug.containsKey(slug)) {
                throw InvalidInput.of("order", "help.order.unknown", slug);
            }
        }
        List<HelpSection> ordered = new ArrayList<>(slugs.stream().distinct().map(bySlug::get).toList());
        siblings.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        events.fire(new SectionChanged(parentId == null ? 0 : parentId, me.id(), clock.instant()));
    }

    /** Every category with the sections the caller may read, in their order (a category only if readable). */
    @Transactional
    public List<Category> readableTree() {
        List<HelpSection> all = all();
        Optional<Person> me = caller.person();
        List<Category> tree = new ArrayList<>();
        for (HelpSection category : all) {
            if (category.category() && category.access().allows(me)) {
                tree.add(new Category(category, all.stream().filter(s -> category.id().equals(s.parentId()) && s.access().allows(me))
                        .toList()));
            }
        }
        return tree;
    }

    /** Every section (and category) the caller may read. */
    @Transactional
    public List<HelpSection> readable() {
        return readableBy(caller.person());
    }

    /** Every section (and category) this person (or a visitor, when empty) may read. */
    @Transactional
    public List<HelpSection> readableBy(Optional<Person> person) {
        List<HelpSection> all = all();
        Map<Long, HelpSection> byId = all.stream().collect(Collectors.toMap(HelpSection::id, Function.identity()));
        return all.stream().filter(s -> readable(s, byId, person)).toList();
    }

    private static boolean readable(HelpSection s, Map<Long, HelpSection> byId, Optional<Person> person) {
        HelpSection parent = s.parentId() == null ? null : byId.get(s.parentId());
        return s.access().allows(person) && (parent == null || parent.access().allows(person));
    }

    /** A section the caller may read; one they may not read does not exist for them. */
    @Transactional
    public HelpSection readable(String slug) {
        return readable().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow(Refusal::notFound);
    }

    HelpSection readable(long id) {
        return readable().stream().filter(s -> s.id() == id).findFirst().orElseThrow(Refusal::notFound);
    }

    /** Whether the caller may read the section with this id. */
    boolean mayRead(long id) {
        return readable().stream().anyMatch(s -> s.id() == id);
    }

    List<HelpSection> all() {
        return em.createQuery("SELECT s FROM HelpSection s ORDER BY s.position, s.slug", HelpSection.class).getResultList();
    }

    private List<HelpSection> categoriesOrdered() {
        return em.createQuery("SELECT s FROM HelpSection s WHERE s.parentId IS NULL ORDER BY s.position, s.slug", HelpSection.class)
                .getResultList();
    }

    List<HelpSection> children(long parentId) {
        return em.createQuery("SELECT s FROM HelpSection s WHERE s.parentId = :parent ORDER BY s.position, s.slug", HelpSection.class)
                .setParameter("parent", parentId).getResultList();
    }

    Optional<HelpSection> bySlug(String slug) {
        return em.createQuery("SELECT s FROM HelpSection s WHERE s.slug = :slug", HelpSection.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The section and, for a section in a category, its category: the breadcrumb trail. */
    @Transactional
    public List<HelpSection> trail(HelpSection section) {
        if (section.parentId() == null) {
            return List.of(section);
        }
        return List.of(em.find(HelpSection.class, section.parentId()), section);
    }
}
