package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;

/**
 * The help center's part of a person's data: their answers to "Was this helpful?" with any comment, and the articles
 * they wrote (staff). Erasure deletes the answers (the article's counts keep them, anonymous); articles are the
 * site's and stay.
 */
@ApplicationScoped
class HelpRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Override
    public String section() {
        return "helpCenter";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("feedback", RecordRows.of(em, "SELECT article_id, helpful, comment, created_at, updated_at FROM help_feedback "
                + "WHERE account_id = ?1 ORDER BY created_at", accountId, "articleId", "helpful", "comment", "createdAt",
                "updatedAt"));
        help.put("articlesWritten", RecordRows.of(em, "SELECT id, lang, title_raw, state, created_at FROM help_article "
                + "WHERE author_id = ?1 ORDER BY id", accountId, "id", "language", "title", "state", "createdAt"));
        return help;
    }

    @Override
    public void erase(long accountId) {
        RecordRows.delete(em, "help_feedback", accountId);
    }
}
