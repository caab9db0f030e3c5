package qiao.api.portal;

/**
 * A notification from a plugin.
 *
 * @param key  what makes it once: the same key is never sent twice to one person by one plugin (at most 200 characters)
 * @param text plain text, in the person's language (at most 500 characters)
 * @param link a path of this site the notification opens, such as {@code /t/12} or {@code /p/my-plugin/page}; may be empty
 */
public record Notice(String key, String text, String link) {

    public Notice {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a notice needs a key of 1 to 200 characters");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException("a notice needs a text of 1 to 500 characters");
        }
        link = link == null ? "" : link;
        if (!link.isEmpty() && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("a notice links to a path of this site: " + link);
        }
    }
}
