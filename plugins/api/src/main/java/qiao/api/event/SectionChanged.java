package qiao.api.event;

import java.time.Instant;

/**
 * A help-center section was made, or its name, place or access changed; or the order of the sections or
 * articles in it.
 */
public record SectionChanged(long sectionId, long actorId, Instant at) implements PortalEvent {
}
