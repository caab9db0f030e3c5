package qiao.portal.identity;

import java.time.Instant;

/**
 * An account as anyone may see it on its profile page: its names, what it says about itself and
 * since when it is here. Personal data typed into the name or the bio is masked.
 */
public record PublicProfile(long id, String username, String displayName, String bio, Instant joinedAt, boolean staff) {
}
