package qiao.portal.community;

import java.util.Set;

/**
 * Staff changed a suggestion's status (fired inside the changing transaction).
 *
 * @param concerned the author and every voter, who should hear of it
 */
public record StatusChanged(long threadId, String threadTitle, SuggestionStatus status, String note, long changedBy,
        Set<Long> concerned) {
}
