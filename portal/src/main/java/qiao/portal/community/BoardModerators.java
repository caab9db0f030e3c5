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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.FieldErrors;

/**
 * Who moderates a board. Site staff, moderators and admins moderate every board; an admin may also
 * make a member the moderator of one board, who then accepts answers, steers suggestions, edits,
 * deletes and restores posts, and tags threads there, and nowhere else.
 */
@ApplicationScoped
class BoardModerators {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    /** Whether the caller may moderate the board: site staff, or one of its own moderators. */
    boolean moderates(long boardId) {
        return moderates(caller.person(), boardId);
    }

    /** Whether this person may moderate the board (nobody, for an anonymous visitor). */
    boolean moderates(Optional<Person> person, long boardId) {
        if (person.isEmpty()) {
            return false;
        }
        return person.get().isStaff() || !em.createNativeQuery(
                "SELECT 1 FROM board_moderator WHERE board_id = ?1 AND account_id = ?2")
                .setParameter(1, boardId).setParameter(2, person.get().id()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Which of these people moderate the board: site staff, and its own moderators. */
    Set<Long> among(long boardId, Collection<Person> people) {
        Set<Long> found = people.stream().filter(Person::isStaff).map(Person::id).collect(Collectors.toSet());
        List<Long> others = people.stream().filter(p -> !p.isStaff()).map(Person::id).toList();
        if (!others.isEmpty()) {
            em.createNativeQuery("SELECT account_id FROM board_moderator WHERE board_id = ?1 AND account_id IN ("
                            + others.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                    .setParameter(1, boardId).getResultList().forEach(id -> found.add(((Number) id).longValue()));
        }
        return found;
    }

    /** A board's own moderators, by name. */
    @Transactional
    public List<Author> of(long boardId) {
        return accounts.authors(ownModerators(boardId)).values().stream()
                .sorted(Comparator.comparing(Author::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The accounts of these usernames; unknown names are an error on "moderators". */
    Collection<Long> resolve(Collection<String> usernames, FieldErrors errors) {
        Map<String, Long> found = accounts.idsByUsername(usernames);
        TreeSet<String> unknown = new TreeSet<>(usernames);
        unknown.removeAll(found.keySet());
        if (!unknown.isEmpty()) {
            errors.add("moderators", "validation.moderators.unknown", String.join(", ", unknown));
        }
        return new TreeSet<>(found.values());
    }

    /** Makes exactly these accounts the board's moderators; returns whether that changed anything. */
    boolean replace(long boardId, Collection<Long> accountIds) {
        if (ownModerators(boardId).equals(Set.copyOf(accountIds))) {
            return false;
        }
        em.createNativeQuery("DELETE FROM board_moderator WHERE board_id = ?1").setParameter(1, boardId).executeUpdate();
        for (long accountId : accountIds) {
            em.createNativeQuery("INSERT INTO board_moderator (board_id, account_id) VALUES (?1, ?2)")
                    .setParameter(1, boardId).setParameter(2, accountId).executeUpdate();
        }
        return true;
    }

    private Set<Long> ownModerators(long boardId) {
        List<?> rows = em.createNativeQuery("SELECT account_id FROM board_moderator WHERE board_id = ?1")
                .setParameter(1, boardId).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }
}
