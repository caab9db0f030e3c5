package qiao.api.event;

import java.time.Instant;

/** An article's title, text, labels or language changed (or an old revision was restored); the old text is kept. */
public record ArticleEdited(long articleId, long sectionId, long actorId, Instant at) implements ArticleEvent {
}
