package qiao.api.event;

import java.time.Instant;

/**
 * Something that changed in the portal, told after the fact: who did it and when. Every change of
 * content or access fires exactly one event; the records carry ids, never entities, texts or lists
 * of people, so a listener asks the portal for what it needs and sees only what it may see.
 */
public interface PortalEvent {

    /** The account that made the change. */
    long actorId();

    /** When the change was made. */
    Instant at();
}
