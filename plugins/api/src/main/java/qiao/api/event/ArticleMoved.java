package qiao.api.event;

import java.time.Instant;

/** An article was moved to another section. */
public record ArticleMoved(long articleId, long fromSectionId, long sectionId, long actorId, Instant at) implements ArticleEvent {
}
