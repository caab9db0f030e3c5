package qiao.api.event;

import java.time.Instant;

/**
 * A suggestion's status changed: new, planned, in_progress, done or declined.
 */
public record SuggestionStatusChanged(long threadId, long boardId, String status, long actorId,
        Instant at) implements ThreadEvent {
}
