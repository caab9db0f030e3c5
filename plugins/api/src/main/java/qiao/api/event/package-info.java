/**
 * The events the portal publishes, one per change: plain, immutable records with ids, the actor,
 * the board and the time, so a plugin can keep them, log them or send them elsewhere without
 * holding on to portal internals. They never carry entities, texts or recipient lists: a listener
 * asks the portal for what it needs, and is shown only what it may see.
 *
 * <p>Content: {@link qiao.api.event.ThreadStarted}, {@link qiao.api.event.PostPublished},
 * {@link qiao.api.event.PostEdited}, {@link qiao.api.event.PostDeleted}, {@link qiao.api.event.PostRestored},
 * {@link qiao.api.event.ThreadMoved}, {@link qiao.api.event.ThreadMerged}, {@link qiao.api.event.ThreadClosed},
 * {@link qiao.api.event.ThreadReopened}, {@link qiao.api.event.ThreadTagsChanged},
 * {@link qiao.api.event.AnswerAccepted}, {@link qiao.api.event.AnswerUnaccepted},
 * {@link qiao.api.event.SuggestionStatusChanged}. Access: {@link qiao.api.event.BoardAccessChanged}.
 * Accounts: {@link qiao.api.event.AccountCreated}, {@link qiao.api.event.AccountRenamed}. Help center:
 * {@link qiao.api.event.ArticleCreated}, {@link qiao.api.event.ArticleEdited},
 * {@link qiao.api.event.ArticleStateChanged}, {@link qiao.api.event.ArticlePublished},
 * {@link qiao.api.event.ArticleMoved}, {@link qiao.api.event.ArticleRated}, {@link qiao.api.event.SectionChanged}.
 */
package qiao.api.event;
