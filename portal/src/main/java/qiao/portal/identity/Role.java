package qiao.portal.identity;

import java.util.Locale;
import java.util.Optional;

/** What an account may do beyond reading and posting. Every account has USER. */
public enum Role {
    USER, STAFF, MODERATOR, ADMIN;

    /** The lower-case name used in URLs, JSON and tokens: "user", "staff", "moderator", "admin". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
