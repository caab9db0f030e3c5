package qiao.api.event;

import java.time.Instant;

/**
 * An account was erased, by its owner or an admin (then {@code actorId} is the admin). The portal has already removed
 * the plugin's records about the person ({@code storage().of(accountId)}) in the same transaction; forget anything
 * else you keep about them. Their posts stay, shown as a deleted user. Since SDK 1.1.
 */
public record AccountErased(long accountId, long actorId, Instant at) implements PortalEvent {
}
