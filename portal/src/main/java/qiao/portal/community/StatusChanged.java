package qiao.portal.community;

import java.util.Set;

/**
 * Staff changed a suggestion's status (fired inside the changing transaction).
 *
 * @param concerned the author, every voter and every follower, who should hear of it
 */
public record StatusChanged(long threadId, String threadTitle, SuggestionStatus status, String note, long changedBy,
        Set<Long> concerned) {
}
