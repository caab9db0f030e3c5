package qiao.portal.search;

/**
 * Something whose content a person may read or not (a board), as search results name it.
 *
 * @param key   the scope as documents carry it ({@code board:12})
 * @param slug  how filters name it ({@code account})
 * @param name  what people read
 */
public record Scope(String key, String slug, String name) {
}
