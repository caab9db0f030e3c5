package qiao.api.event;

import java.time.Instant;

/**
 * Who may read, start threads in, reply in or moderate a board changed. What was readable before
 * may not be now (and the other way round), so anything kept per reader must be checked again.
 */
public record BoardAccessChanged(long boardId, long actorId, Instant at) implements PortalEvent {
}
