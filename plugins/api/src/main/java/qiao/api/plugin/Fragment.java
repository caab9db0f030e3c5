package qiao.api.plugin;

import java.util.Optional;
import qiao.api.html.SafeHtml;

/**
 * What a {@link PageSlot} puts into a page: HTML made by {@link SafeHtml} (text is escaped there), and, for a banner
 * people may close, the key of what they close. The portal adds the close button; once someone closes a key it
 * no longer shows them that fragment (kept per account, or for a visitor in the browser).
 */
public record Fragment(SafeHtml html, Optional<String> dismissKey) {

    public static Fragment of(SafeHtml html) {
        return new Fragment(html, Optional.empty());
    }

    public static Fragment text(String text) {
        return of(SafeHtml.text(text));
    }

    /** @param key lower-case letters, digits, dots, slashes and dashes, such as {@code spring-festival/2027} */
    public static Fragment dismissible(String key, SafeHtml html) {
        if (!key.matches("[a-z0-9][a-z0-9./_-]{0,99}")) {
            throw new IllegalArgumentException("a dismiss key is lower-case letters, digits, dots, slashes, underscores and dashes: " + key);
        }
        return new Fragment(html, Optional.of(key));
    }
}
