package qiao.api.event;

import java.time.Instant;

/**
 * An article moved on in its life: {@code state} is draft, review, published or archived. A publication set
 * for later is told again, by {@link ArticlePublished}, when its time comes.
 */
public record ArticleStateChanged(long articleId, long sectionId, String state, long actorId, Instant at) implements ArticleEvent {
}
