package qiao.api.event;

import java.time.Instant;

/**
 * A duplicate suggestion was merged into another ({@code intoThreadId}); its votes moved there.
 */
public record ThreadMerged(long threadId, long intoThreadId, long boardId, long actorId,
        Instant at) implements ThreadEvent {
}
