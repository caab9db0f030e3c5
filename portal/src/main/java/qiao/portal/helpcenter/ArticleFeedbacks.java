package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import qiao.api.event.ArticleRated;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/**
 * "Was this helpful?": one answer per account, or per browser for visitors who are not signed in (a
 * random id in a cookie, kept as its hash); a second answer replaces the first. The counts are kept on
 * the article; the comments, and which articles help least, are for staff.
 */
@ApplicationScoped
public class ArticleFeedbacks {

    static final int COMMENT_MAX = 2_000;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<PortalEvent> events;

    /** A reader's comment, for staff. */
    public record Comment(String text, boolean helpful, Instant at) {
    }

    /** An article with what its readers said, for the staff's list of what to fix first. */
    public record Standing(Article article, int helpful, int unhelpful, long views, List<Comment> comments) {

        /** The share of answers that said no, in percent. */
        public int unhelpfulPercent() {
            int all = helpful + unhelpful;
            return all == 0 ? 0 : unhelpful * 100 / all;
        }
    }

    /**
     * Records the caller's answer (their browser's, when not signed in).
     *
     * @param browser the browser's own random id (from its cookie), for visitors who are not signed in
     */
    @Transactional
    public void answer(long articleId, boolean helpful, String comment, String browser) {
        Article article = articles.readable(articleId);
        if (!article.visibleAt(clock.instant())) {
            throw Refusal.conflict("help.feedback.notPublished");
        }
        FieldErrors errors = new FieldErrors();
        String text = helpful || comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > COMMENT_MAX) {
            errors.add("comment", "validation.tooLong", COMMENT_MAX);
        }
        Optional<Person> me = caller.person();
        if (me.isEmpty() && (browser == null || browser.length() < 16)) {
            errors.add("helpful", "help.feedback.noBrowser");
        }
        errors.throwIfAny();
        Long account = me.map(Person::id).orElse(null);
        String browserKey = me.isPresent() ? null : hash(browser);
        Instant now = clock.instant();
        Optional<ArticleFeedback> earlier = (account != null
                ? em.createQuery("SELECT f FROM ArticleFeedback f WHERE f.articleId = :a AND f.accountId = :who", ArticleFeedback.class)
                        .setParameter("who", account)
                : em.createQuery("SELECT f FROM ArticleFeedback f WHERE f.articleId = :a AND f.browser = :who", ArticleFeedback.class)
                        .setParameter("who", browserKey)).setParameter("a", articleId).getResultStream().findFirst();
        int helpfulDelta = helpful ? 1 : 0;
        int unhelpfulDelta = helpful ? 0 : 1;
        if (earlier.isPresent()) {
            helpfulDelta -= earlier.get().helpful() ? 1 : 0;
            unhelpfulDelta -= earlier.get().helpful() ? 0 : 1;
            earlier.get().answer(helpful, text, now);
        } else {
            em.persist(new ArticleFeedback(articleId, account, browserKey, helpful, text, now));
        }
        if (helpfulDelta != 0 || unhelpfulDelta != 0) {
            em.createQuery("UPDATE Article a SET a.helpfulCount = a.helpfulCount + :h, a.unhelpfulCount = a.unhelpfulCount + :u "
                    + "WHERE a.id = :id").setParameter("h", helpfulDelta).setParameter("u", unhelpfulDelta).setParameter("id", articleId)
                    .executeUpdate();
        }
        events.fire(new ArticleRated(articleId, article.sectionId(), helpful, account == null ? 0 : account, now));
    }

    /** Whether the caller (or this browser) found the article helpful, if they said. */
    @Transactional
    public Optional<Boolean> answerOf(long articleId, String browser) {
        Optional<Person> me = caller.person();
        if (me.isEmpty() && browser == null) {
            return Optional.empty();
        }
        return (me.isPresent()
                ? em.createQuery("SELECT f.helpful FROM ArticleFeedback f WHERE f.articleId = :a AND f.accountId = :who", Boolean.class)
                        .setParameter("who", me.get().id())
                : em.createQuery("SELECT f.helpful FROM ArticleFeedback f WHERE f.articleId = :a AND f.browser = :who", Boolean.class)
                        .setParameter("who", hash(browser))).setParameter("a", articleId).getResultStream().findFirst();
    }

    /** Articles with answers, those that helped least (then the most read) first, with their comments: staff only. */
    @Transactional
    public List<Standing> standings() {
        if (!HelpPeople.readsDrafts(caller.person())) {
            throw caller.signedIn() ? Refusal.forbidden() : Refusal.notSignedIn();
        }
        List<Article> rated = em.createQuery("SELECT a FROM Article a WHERE a.helpfulCount + a.unhelpfulCount > 0", Article.class)
                .getResultList();
        return rated.stream().map(a -> new Standing(a, a.helpfulCount(), a.unhelpfulCount(), a.viewCount(), comments(a.id())))
                .sorted(java.util.Comparator.comparingInt(Standing::unhelpfulPercent).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(Standing::views).reversed()))
                .toList();
    }

    private List<Comment> comments(long articleId) {
        return em.createQuery("SELECT f FROM ArticleFeedback f WHERE f.articleId = :a AND f.comment IS NOT NULL ORDER BY f.updatedAt DESC",
                ArticleFeedback.class).setParameter("a", articleId).setMaxResults(20).getResultStream()
                .map(f -> new Comment(PersonalData.mask(f.comment()), f.helpful(), f.updatedAt())).toList();
    }

    private static String hash(String browser) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(browser.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
