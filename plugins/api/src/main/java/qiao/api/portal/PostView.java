package qiao.api.portal;

import java.time.Instant;

/**
 * A post as the site shows it: its Markdown with personal data masked.
 *
 * @param opening whether it is the thread's question (its first post)
 */
public record PostView(long id, long threadId, long authorId, String markdown, boolean opening, Instant createdAt) {
}
