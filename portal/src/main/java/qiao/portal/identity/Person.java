package qiao.portal.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A signed-in person as other features see them: an account id and its roles, nothing else (never
 * the account itself, which holds the password hash).
 */
public record Person(long id, Set<Role> roles) {

    public Person {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Staff, moderators and admins: the people who may act for the site. */
    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.MODERATOR) || has(Role.ADMIN);
    }
}
