package qiao.portal.helpcenter;

import java.util.Locale;
import java.util.Optional;

/** Where an article is in its life. Readers see only published articles whose time has come. */
public enum ArticleState {
    DRAFT, REVIEW, PUBLISHED, ARCHIVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ArticleState> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ArticleState state : values()) {
            if (state.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
