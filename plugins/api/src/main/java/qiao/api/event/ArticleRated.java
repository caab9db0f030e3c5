package qiao.api.event;

import java.time.Instant;

/**
 * Someone said whether an article helped them (again, if they changed their mind). {@code actorId} is 0
 * for a visitor who is not signed in.
 */
public record ArticleRated(long articleId, long sectionId, boolean helpful, long actorId, Instant at) implements ArticleEvent {
}
