package qiao.api.event;

import java.time.Instant;

/** An account's display name changed (its username never does). */
public record AccountRenamed(long accountId, long actorId, Instant at) implements PortalEvent {
}
