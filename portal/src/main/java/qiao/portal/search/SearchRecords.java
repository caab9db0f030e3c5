package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;

/**
 * Search's part of a person's data: the composing sessions in which they were shown similar questions
 * ({@code search_deflection}); erasure deletes them. The index holds no people: hits name their authors through
 * community, which shows an erased one as a deleted user.
 */
@ApplicationScoped
class SearchRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Override
    public String section() {
        return "search";
    }

    @Override
    public Object export(long accountId) {
        return RecordRows.of(em, "SELECT shown_at, suggestions, opened_at, opened_kind, opened_id, posted_at, posted_thread_id "
                + "FROM search_deflection WHERE account_id = ?1 ORDER BY shown_at", accountId, "shownAt", "suggestions",
                "openedAt", "openedKind", "openedId", "postedAt", "postedThreadId");
    }

    @Override
    public void erase(long accountId) {
        RecordRows.delete(em, "search_deflection", accountId);
    }
}
