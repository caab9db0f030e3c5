package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import qiao.portal.identity.Account;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;
import qiao.portal.identity.Caller;
import qiao.portal.web.FieldErrors;

/**
 * Who moderates a board. Site staff, moderators and admins moderate every board; an admin may also
 * make a member the moderator of one board, who then accepts answers, steers suggestions, edits,
 * deletes and restores posts, and tags threads there, and nowhere else.
 */
@ApplicationScoped
public class BoardModerators {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    /** Whether the caller may moderate the board: site staff, or one of its own moderators. */
    public boolean moderates(long boardId) {
        if (caller.isStaff()) {
            return true;
        }
        return caller.account().map(me -> !em.createNativeQuery(
                "SELECT 1 FROM board_moderator WHERE board_id = ?1 AND account_id = ?2")
                .setParameter(1, boardId).setParameter(2, me.id()).setMaxResults(1).getResultList().isEmpty())
                .orElse(false);
    }

    /** A board's own moderators, by name. */
    @Transactional
    public List<Author> of(long boardId) {
        List<Long> ids = em.createNativeQuery("SELECT account_id FROM board_moderator WHERE board_id = ?1")
                .setParameter(1, boardId).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        return accounts.authors(ids).values().stream()
                .sorted(Comparator.comparing(Author::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The accounts of these usernames; unknown names are an error on "moderators". */
    Collection<Long> resolve(Collection<String> usernames, FieldErrors errors) {
        Map<String, Long> found = accounts.idsByUsername(usernames);
        TreeSet<String> unknown = new TreeSet<>(usernames);
        unknown.removeIf(name -> found.containsKey(Account.keyOf(name)));
        if (!unknown.isEmpty()) {
            errors.add("moderators", "validation.moderators.unknown", String.join(", ", unknown));
        }
        return new TreeSet<>(found.values());
    }

    /** Makes exactly these accounts the board's moderators. */
    void replace(long boardId, Collection<Long> accountIds) {
        em.createNativeQuery("DELETE FROM board_moderator WHERE board_id = ?1").setParameter(1, boardId).executeUpdate();
        for (long accountId : accountIds) {
            em.createNativeQuery("INSERT INTO board_moderator (board_id, account_id) VALUES (?1, ?2)")
                    .setParameter(1, boardId).setParameter(2, accountId).executeUpdate();
        }
    }
}
