package qiao.api.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * An account as a plugin sees it. The display name is masked as everywhere. The birthday is there only if the person
 * gave one; a plugin may use it for that person alone and never show it to anyone else.
 *
 * @param language {@code zh-CN} or {@code en}
 */
public record UserView(long id, String username, String displayName, String language, ZoneId zone, Set<String> roles,
        Optional<LocalDate> birthday) {

    public UserView {
        roles = Set.copyOf(roles);
    }
}
