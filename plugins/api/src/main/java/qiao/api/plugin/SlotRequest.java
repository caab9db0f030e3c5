package qiao.api.plugin;

import java.util.Optional;

/**
 * The page a slot is rendered for.
 *
 * @param slot      one of {@link Slots}
 * @param path      the page's path, such as {@code /t/12}
 * @param threadId  on a thread's page, its id (the viewer may read it)
 * @param accountId on a profile, whose
 */
public record SlotRequest(String slot, Viewer viewer, String path, Optional<Long> threadId, Optional<Long> accountId) {
}
