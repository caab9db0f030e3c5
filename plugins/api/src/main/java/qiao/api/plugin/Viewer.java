package qiao.api.plugin;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at a page or calling a route: a signed-in person ({@link #accountId} present) or a visitor, with the
 * language and time zone the page is shown in.
 *
 * @param roles of a signed-in person: {@code user}, {@code staff}, {@code moderator}, {@code admin}
 */
public record Viewer(Optional<Long> accountId, String username, String displayName, Set<String> roles, String language,
        ZoneId zone) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean signedIn() {
        return accountId.isPresent();
    }

    /** Staff, moderators and admins. */
    public boolean isStaff() {
        return roles.contains("staff") || roles.contains("moderator") || roles.contains("admin");
    }
}
