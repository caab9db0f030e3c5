package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qiao.api.portal.UserView;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.Languages;

/**
 * Accounts as plugins see them (the SDK's {@link UserView}): the display name masked, no e-mail, no password hash;
 * the birthday only for the plugin to use for that person. Erased accounts are nobody a plugin can find.
 */
@ApplicationScoped
public class AccountViews {

    static final int MOST = 500;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    public Optional<UserView> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).filter(a -> !a.erased()).map(AccountViews::view);
    }

    /** Accounts in id order after {@code afterId}, at most 500. */
    public List<UserView> after(long afterId, int limit) {
        return em.createQuery("SELECT a FROM Account a WHERE a.id > :after AND a.erasedAt IS NULL ORDER BY a.id", Account.class)
                .setParameter("after", afterId).setMaxResults(Math.max(1, Math.min(limit, MOST))).getResultStream()
                .map(AccountViews::view).toList();
    }

    /** The ids of the accounts with a role. */
    public List<Long> withRole(Role role) {
        return em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.id", Long.class)
                .setParameter("role", role).getResultList();
    }

    static UserView view(Account a) {
        Set<String> roles = a.roles().stream().map(Role::key).collect(Collectors.toSet());
        return new UserView(a.id(), a.username(), PersonalData.mask(a.displayName()), Languages.tag(a.language()),
                ZoneId.of(a.timeZone()), roles, Optional.ofNullable(a.birthday()));
    }
}
