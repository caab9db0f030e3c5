package qiao.api.event;

import java.time.Instant;

/**
 * The time set for an article's publication came, and readers see it now. {@code actorId} is whoever set
 * the time.
 */
public record ArticlePublished(long articleId, long sectionId, long actorId, Instant at) implements ArticleEvent {
}
