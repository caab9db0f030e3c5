package qiao.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing people can find, as a feature hands it to the search index: texts as the public sees
 * them (personal data already masked), who may see it ({@code scope}), and what the result list
 * shows and filters by.
 *
 * @param kind       the kind of content: {@code thread}, {@code post}, later {@code article}
 * @param id         its id among its kind
 * @param thread     the thread it belongs to (a thread's own id; 0 for content outside threads)
 * @param scope      who may read it, compared at query time with the scopes the caller may read
 *                   (for example {@code board:12})
 * @param title      the title (a reply shows its thread's)
 * @param body       plain text, masked
 * @param tags       tag names
 * @param type       a finer kind to filter by (a thread's kind: question, discussion, suggestion,
 *                   announcement), or null
 * @param solved     whether the thread it belongs to has an accepted answer
 * @param status     a suggestion's status, or null
 * @param createdAt  when it was written
 * @param url        where it is read (a reply's anchor within its thread's page)
 */
public record SearchDocument(String kind, long id, long thread, String scope, String title, String body, List<String> tags,
        String type, boolean solved, String status, Instant createdAt, String url) {

    public SearchDocument {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(scope);
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(url);
    }

    /** The document's key in every index: its kind and id. */
    public String key() {
        return key(kind, id);
    }

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
