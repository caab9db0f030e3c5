package qiao.api.event;

import java.time.Instant;

/** A help-center article was written (as a draft or published), or promoted from a solved thread. */
public record ArticleCreated(long articleId, long sectionId, long actorId, Instant at) implements ArticleEvent {
}
