/**
 * What people write: Markdown in, safe HTML out. {@link qiao.portal.content.MarkdownCooker} renders
 * CommonMark with the GitHub extensions (tables, strikethrough, autolinks, task lists), then cleans
 * the result with a jsoup allow-list, so nothing a writer types can run script in a reader's
 * browser. The cooked HTML is stored beside the source, so reading a post renders nothing.
 */
package qiao.portal.content;
