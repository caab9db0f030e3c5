/**
 * The community: boards with their access rules and moderators, threads of questions, discussions,
 * suggestions and announcements, posts with their revisions, votes, accepted answers (官方采纳),
 * suggestion statuses, tags, follows, drafts and people's public pages.
 *
 * <p>What others may use: {@link qiao.portal.community.ThreadAccess}, the one rule for who may read a
 * thread or a post, and {@link qiao.portal.community.ThreadAudience}, who has a stake in a thread.
 * Everything else is this package's own. It calls identity (who is calling, authors' names), content
 * (Markdown) and privacy (masking), never their tables. For search it provides its threads and replies
 * ({@code ThreadSearchSource}, {@code PostSearchSource}) and its boards as scopes ({@code BoardSearchScopes}),
 * and asks search for similar questions in the composer. Every write fires one {@code qiao.api.event}
 * record inside its transaction (see docs/architecture.md for the catalogue). Its part of a person's data export and
 * erasure is {@code CommunityRecords}.
 */
package qiao.portal.community;
