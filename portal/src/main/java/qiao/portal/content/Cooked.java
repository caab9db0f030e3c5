package qiao.portal.content;

import java.util.Set;

/**
 * Markdown turned into HTML that is safe to put into a page as it is.
 *
 * @param html     sanitized HTML
 * @param mentions the usernames mentioned with {@code @name}, in lower case
 * @param masked   whether personal data (phone, ID, card numbers, e-mail addresses) was masked
 */
public record Cooked(String html, Set<String> mentions, boolean masked) {
}
