package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import qiao.portal.community.SolvedThreads;
import qiao.portal.identity.Caller;
import qiao.portal.web.Messages;

/**
 * Turns a solved thread into a draft article: its question and accepted answer, with both authors named
 * and a link back. From then on the two are apart: editing one never changes the other.
 */
@ApplicationScoped
public class Promotions {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    SolvedThreads solved;

    @Inject
    Articles articles;

    @Inject
    Caller caller;

    /**
     * A draft article in the section, made of the thread; in the caller's language.
     *
     * @throws qiao.portal.web.Refusal 404 for a thread the caller may not read, 409 for one not solved
     */
    @Transactional
    public Article promote(long threadId, String sectionSlug, String lang, ZoneId zone) {
        HelpPeople.requireWriter(caller);
        SolvedThreads.Solved thread = solved.read(threadId);
        Locale locale = Locale.forLanguageTag(lang);
        String body = thread.question().strip() + "\n\n## " + Messages.get(locale, "help.promote.answer") + "\n\n"
                + thread.answer().strip() + "\n\n---\n\n" + Messages.get(locale, "help.promote.credit", thread.asker().displayName(),
                        thread.answerer().displayName(), "[" + thread.title().replace("]", "\\]") + "](" + thread.url() + ")");
        return articles.create(new Articles.ArticleForm(sectionSlug, thread.title(), body, lang, "", "draft", null, null, zone), threadId);
    }

    /** The articles made of a thread. */
    @Transactional
    public List<Article> of(long threadId) {
        return em.createQuery("SELECT a FROM Article a WHERE a.sourceThreadId = :t ORDER BY a.id", Article.class)
                .setParameter("t", threadId).getResultList();
    }
}
