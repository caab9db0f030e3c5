package qiao.portal.helpcenter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qiao.api.event.ArticleCreated;
import qiao.api.event.ArticleEdited;
import qiao.api.event.ArticleMoved;
import qiao.api.event.ArticleStateChanged;
import qiao.api.event.PortalEvent;
import qiao.api.event.SectionChanged;
import qiao.portal.content.Cooked;
import qiao.portal.content.LineDiff;
import qiao.portal.content.MarkdownCooker;
import qiao.portal.content.WritingRules;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.platform.ExpiringCache;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/**
 * Help-center articles: written and edited by staff (every version kept), moved through their states,
 * scheduled, translated, moved and ordered; read by whoever may read their section once published and
 * their time has come, and in any state by staff and moderators. Anything else is 404.
 */
@ApplicationScoped
public class Articles {

    /** Articles may be longer than posts. */
    public static final int BODY_MAX = 100_000;
    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private final MarkdownCooker cooker = new MarkdownCooker();

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    HelpSections sections;

    @Inject
    Event<PortalEvent> events;

    private ExpiringCache<RelatedKey, List<Long>> related;

    @PostConstruct
    void start() {
        related = new ExpiringCache<>(10_000, Duration.ofMinutes(1), clock);
    }

    /**
     * What a form or JSON body gives for an article; on an edit, null leaves a field as it is.
     *
     * @param publishAt an instant (2026-12-31T08:00:00Z) or a local time (2026-12-31T16:00) in {@code zone}
     */
    public record ArticleForm(String section, String title, String body, String lang, String labels, String state, String publishAt,
            Long translationOf, ZoneId zone) {
    }

    /** One version of an article, and what it changed against the one before. */
    public record Version(int revision, long editedBy, Instant editedAt, String title, String text, List<LineDiff.Line> changes) {
    }

    @Transactional
    public Article create(ArticleForm form) {
        return create(form, null);
    }

    /** Writes an article (promoted from a thread when {@code sourceThreadId} is given). */
    @Transactional
    public Article create(ArticleForm form, Long sourceThreadId) {
        Person me = HelpPeople.requireWriter(caller);
        FieldErrors errors = new FieldErrors();
        HelpSection section = section(form.section(), errors);
        ArticleText text = text(form, null, errors);
        ArticleState state = ArticleState.of(form.state() == null || form.state().isBlank() ? "draft" : form.state())
                .filter(s -> s != ArticleState.ARCHIVED).orElseGet(() -> {
                    errors.add("state", "help.state.invalid");
                    return ArticleState.DRAFT;
                });
        Instant publishAt = publishAt(form, state, errors);
        Article original = translated(form.translationOf(), text.lang(), errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        Cooked cooked = cook(text.body());
        Article article = new Article(section.id(), text, cooked, PersonalData.mask(text.title()), me.id(), nextPosition(section.id()),
                sourceThreadId, now);
        article.changeState(state, publishAt, now);
        em.persist(article);
        em.flush();
        if (original == null) {
            article.firstOfItsGroup();
        } else {
            article.translationOf(original);
        }
        em.persist(new ArticleRevision(article, me.id(), now));
        events.fire(new ArticleCreated(article.id(), section.id(), me.id(), now));
        return article;
    }

    /** Changes what an article says; the new version is kept beside the old ones. Nothing changed, nothing told. */
    @Transactional
    public Article edit(long id, ArticleForm form) {
        Person me = HelpPeople.requireWriter(caller);
        Article article = writable(id);
        FieldErrors errors = new FieldErrors();
        ArticleText text = text(form, article, errors);
        if (!text.lang().equals(article.lang()) && sameLanguageInGroup(article.translationGroup(), text.lang(), article.id())) {
            errors.add("lang", "help.translation.sameLang");
        }
        errors.throwIfAny();
        if (text.equals(new ArticleText(article.lang(), article.titleAsWritten(), article.bodyAsWritten(), article.labels()))) {
            return article;
        }
        Instant now = clock.instant();
        article.write(text, cook(text.body()), PersonalData.mask(text.title()), me.id(), now);
        em.persist(new ArticleRevision(article, me.id(), now));
        events.fire(new ArticleEdited(article.id(), article.sectionId(), me.id(), now));
        return article;
    }

    /** Puts back an earlier version's text, as a new version. */
    @Transactional
    public Article restore(long id, int revision) {
        Article article = writable(id);
        ArticleRevision old = em.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :a AND r.revision = :r", ArticleRevision.class)
                .setParameter("a", id).setParameter("r", revision).getResultStream().findFirst().orElseThrow(Refusal::notFound);
        return edit(id, new ArticleForm(null, old.title(), old.body(), article.lang(), String.join(" ", old.labels()), null, null, null,
                ZoneOffset.UTC));
    }

    /** Moves an article on in its life; publishing may be set for a time to come. */
    @Transactional
    public Article changeState(long id, String stateKey, String publishAtValue, ZoneId zone) {
        Person me = HelpPeople.requireWriter(caller);
        Article article = writable(id);
        FieldErrors errors = new FieldErrors();
        ArticleState state = ArticleState.of(stateKey).orElseGet(() -> {
            errors.add("state", "help.state.invalid");
            return article.state();
        });
        Instant publishAt = publishAt(new ArticleForm(null, null, null, null, null, null, publishAtValue, null, zone), state, errors);
        errors.throwIfAny();
        if (state == article.state() && Objects.equals(publishAt, article.publishAt())) {
            return article;
        }
        Instant now = clock.instant();
        article.changeState(state, publishAt, now);
        events.fire(new ArticleStateChanged(article.id(), article.sectionId(), state.key(), me.id(), now));
        return article;
    }

    @Transactional
    public Article move(long id, String sectionSlug) {
        Person me = HelpPeople.requireWriter(caller);
        Article article = writable(id);
        FieldErrors errors = new FieldErrors();
        HelpSection to = section(sectionSlug, errors);
        errors.throwIfAny();
        if (to.id() == article.sectionId()) {
            return article;
        }
        long from = article.sectionId();
        article.moveTo(to.id());
        article.placeAt(nextPosition(to.id()));
        events.fire(new ArticleMoved(article.id(), from, to.id(), me.id(), clock.instant()));
        return article;
    }

    /** Puts a section's articles in this order; the others keep theirs, after them. */
    @Transactional
    public void reorder(String sectionSlug, List<Long> ids) {
        Person me = HelpPeople.requireWriter(caller);
        HelpSection section = sections.bySlug(sectionSlug).orElseThrow(Refusal::notFound);
        List<Article> in = em.createQuery("SELECT a FROM Article a WHERE a.sectionId = :s ORDER BY a.position, a.id", Article.class)
                .setParameter("s", section.id()).getResultList();
        Map<Long, Article> byId = in.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        for (Long id : ids) {
            if (!byId.containsKey(id)) {
                throw InvalidInput.of("order", "help.order.unknown", String.valueOf(id));
            }
        }
        List<Article> ordered = new ArrayList<>(ids.stream().distinct().map(byId::get).toList());
        in.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
        events.fire(new SectionChanged(section.id(), me.id(), clock.instant()));
    }

    /** Puts an article at this place (from 1) among its section's articles. */
    @Transactional
    public void place(long id, int position) {
        Article article = writable(id);
        HelpSection section = sections.all().stream().filter(s -> s.id() == article.sectionId()).findFirst().orElseThrow();
        List<Long> order = new ArrayList<>(em.createQuery("SELECT a.id FROM Article a WHERE a.sectionId = :s ORDER BY a.position, a.id",
                Long.class).setParameter("s", section.id()).getResultList());
        order.remove(article.id());
        order.add(Math.max(0, Math.min(order.size(), position - 1)), article.id());
        reorder(section.slug(), order);
    }

    /** An article the caller may read: published and due in a section they may read; any state for staff. */
    @Transactional
    public Article readable(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || !sections.mayRead(article.sectionId()) || !visible(article)) {
            throw Refusal.notFound();
        }
        return article;
    }

    /** Whether the caller may see the article in its state (not minding its section). */
    boolean visible(Article article) {
        return article.visibleAt(clock.instant()) || HelpPeople.readsDrafts(caller.person());
    }

    private Article writable(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw Refusal.notFound();
        }
        return article;
    }

    /** The articles of sections the caller may read that they may see, filtered, in their order. */
    @Transactional
    public List<Article> list(String sectionSlug, String label, String lang) {
        Set<Long> readable = sectionSlug == null || sectionSlug.isBlank()
                ? sections.readable().stream().map(HelpSection::id).collect(Collectors.toSet())
                : Set.of(sections.readable(sectionSlug.strip()).id());
        if (readable.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Article a WHERE a.sectionId IN :s ORDER BY a.sectionId, a.position, a.id", Article.class)
                .setParameter("s", readable).getResultStream().filter(this::visible)
                .filter(a -> label == null || label.isBlank() || a.labels().contains(label.strip().toLowerCase(Locale.ROOT)))
                .filter(a -> lang == null || lang.isBlank() || a.lang().equals(lang.strip()))
                .toList();
    }

    /** The published, due articles of one section, in their order. */
    @Transactional
    public List<Article> published(long sectionId) {
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Article a WHERE a.sectionId = :s AND a.state = :published ORDER BY a.position, a.id",
                Article.class).setParameter("s", sectionId).setParameter("published", ArticleState.PUBLISHED).getResultStream()
                .filter(a -> a.visibleAt(now)).toList();
    }

    /** The most viewed, or the most helpful, published articles the caller may read. */
    @Transactional
    public List<Article> top(boolean byHelpful, int limit) {
        Set<Long> readable = sections.readable().stream().map(HelpSection::id).collect(Collectors.toSet());
        if (readable.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Article a WHERE a.sectionId IN :s AND a.state = :published ORDER BY "
                        + (byHelpful ? "a.helpfulCount DESC, " : "a.viewCount DESC, ") + "a.id", Article.class)
                .setParameter("s", readable).setParameter("published", ArticleState.PUBLISHED).setMaxResults(limit * 3)
                .getResultStream().filter(a -> a.visibleAt(now)).filter(a -> !byHelpful || a.helpfulCount() > 0).limit(limit).toList();
    }

    /** Drafts, articles in review, scheduled and archived ones: what staff and moderators look after. */
    @Transactional
    public List<Article> unpublished() {
        if (!HelpPeople.readsDrafts(caller.person())) {
            throw caller.signedIn() ? Refusal.forbidden() : Refusal.notSignedIn();
        }
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Article a WHERE a.state <> :published OR a.publishAt > :now ORDER BY a.updatedAt DESC",
                Article.class).setParameter("published", ArticleState.PUBLISHED).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(500).getResultList();
    }

    /** The other articles of its group the caller may read: its translations. */
    @Transactional
    public List<Article> translations(Article article) {
        return em.createQuery("SELECT a FROM Article a WHERE a.translationGroup = :g AND a.id <> :id ORDER BY a.lang", Article.class)
                .setParameter("g", article.translationGroup()).setParameter("id", article.id()).getResultStream()
                .filter(a -> sections.mayRead(a.sectionId()) && visible(a)).toList();
    }

    /** Published articles in its language, not its translations, sharing a label with it: most shared labels first. */
    @Transactional
    public List<Article> sameLabels(Article article, int limit) {
        Set<Long> readable = sections.readable().stream().map(HelpSection::id).collect(Collectors.toSet());
        if (article.labels().isEmpty() || readable.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        // worked out at most once a minute per article and audience; whether each may be shown is checked every time
        List<Long> ids = related.get(new RelatedKey(article.id(), limit, readable), () -> em.createQuery(
                "SELECT a.id FROM Article a JOIN a.labelIndex l WHERE l IN :labels AND a.translationGroup <> :group"
                + " AND a.lang = :lang AND a.sectionId IN :s AND a.state = :published AND (a.publishAt IS NULL OR a.publishAt <= :now)"
                + " GROUP BY a.id ORDER BY COUNT(l) DESC, a.id DESC", Long.class)
                .setParameter("labels", article.labels()).setParameter("group", article.translationGroup()).setParameter("lang", article.lang())
                .setParameter("s", readable).setParameter("published", ArticleState.PUBLISHED)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList());
        return ids.stream().map(id -> em.find(Article.class, id))
                .filter(a -> a != null && readable.contains(a.sectionId()) && a.visibleAt(now)).toList();
    }

    private record RelatedKey(long article, int limit, Set<Long> readableSections) {
    }

    /** Every version of an article, newest first, with what each changed: for staff and moderators. */
    @Transactional
    public List<Version> versions(long id) {
        if (!HelpPeople.readsDrafts(caller.person())) {
            throw Refusal.notFound();
        }
        readable(id);
        List<ArticleRevision> revisions = em.createQuery("SELECT r FROM ArticleRevision r WHERE r.articleId = :a ORDER BY r.revision",
                ArticleRevision.class).setParameter("a", id).getResultList();
        List<Version> versions = new ArrayList<>();
        String previous = "";
        for (ArticleRevision r : revisions) {
            String text = r.title() + "\n\n" + r.body();
            versions.add(new Version(r.revision(), r.editedBy(), r.editedAt(), r.title(), r.body(), LineDiff.between(previous, text)));
            previous = text;
        }
        versions.sort(Comparator.comparingInt(Version::revision).reversed());
        return versions;
    }

    private HelpSection section(String slug, FieldErrors errors) {
        if (slug == null || slug.isBlank()) {
            errors.add("section", "validation.required");
            return null;
        }
        return sections.bySlug(slug.strip()).orElseGet(() -> {
            errors.add("section", "help.section.unknown");
            return null;
        });
    }

    private static ArticleText text(ArticleForm form, Article current, FieldErrors errors) {
        String title = form.title() == null && current != null ? current.titleAsWritten() : WritingRules.title(form.title(), errors);
        String body = form.body() == null && current != null ? current.bodyAsWritten() : WritingRules.body(form.body(), BODY_MAX, errors);
        String lang = form.lang() == null || form.lang().isBlank() ? current != null ? current.lang() : "zh-CN" : form.lang().strip();
        if (!LANGUAGES.contains(lang)) {
            errors.add("lang", "help.lang.invalid");
        }
        List<String> labels = current != null && form.labels() == null ? current.labels() : labels(form.labels(), errors);
        return new ArticleText(lang, title, body, labels);
    }

    /** Labels follow the rules of tags. */
    private static List<String> labels(String raw, FieldErrors errors) {
        FieldErrors tagErrors = new FieldErrors();
        List<String> labels = WritingRules.tags(WritingRules.splitNames(raw), tagErrors);
        tagErrors.all().forEach(e -> errors.add("labels", e.messageKey(), e.args().toArray()));
        return labels;
    }

    private Instant publishAt(ArticleForm form, ArticleState state, FieldErrors errors) {
        String value = form.publishAt();
        if (value == null || value.isBlank()) {
            return null;
        }
        if (state != ArticleState.PUBLISHED) {
            errors.add("publishAt", "help.publishAt.notPublished");
            return null;
        }
        Instant at;
        try {
            String v = value.strip();
            at = v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(v).toInstant()
                    : LocalDateTime.parse(v).atZone(form.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("publishAt", "help.publishAt.invalid");
            return null;
        }
        if (!at.isAfter(clock.instant())) {
            errors.add("publishAt", "help.publishAt.past");
            return null;
        }
        return at;
    }

    /** The article a new one translates, checked: it exists, is not itself a translation, and lacks this language. */
    private Article translated(Long id, String lang, FieldErrors errors) {
        if (id == null) {
            return null;
        }
        Article original = em.find(Article.class, id);
        if (original == null) {
            errors.add("translationOf", "help.translation.unknown");
        } else if (original.translationGroup() != original.id()) {
            errors.add("translationOf", "help.translation.ofTranslation");
        } else if (original.lang().equals(lang) || sameLanguageInGroup(original.translationGroup(), lang, -1)) {
            errors.add("lang", "help.translation.sameLang");
        }
        return errors.has("translationOf") || errors.has("lang") ? null : original;
    }

    private boolean sameLanguageInGroup(long group, String lang, long except) {
        return !em.createQuery("SELECT a.id FROM Article a WHERE a.translationGroup = :g AND a.lang = :l AND a.id <> :x", Long.class)
                .setParameter("g", group).setParameter("l", lang).setParameter("x", except).setMaxResults(1).getResultList().isEmpty();
    }

    private int nextPosition(long sectionId) {
        Integer last = em.createQuery("SELECT MAX(a.position) FROM Article a WHERE a.sectionId = :s", Integer.class)
                .setParameter("s", sectionId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private Cooked cook(String body) {
        Cooked cooked = cooker.cook(body);
        return new Cooked(ArticleHtml.withHeadingIds(cooked.html()), cooked.mentions(), cooked.masked());
    }
}
