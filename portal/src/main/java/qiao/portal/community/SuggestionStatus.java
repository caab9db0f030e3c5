package qiao.portal.community;

import java.util.Locale;
import java.util.Optional;

/** Where a suggestion stands, as staff tell it. */
public enum SuggestionStatus {
    NEW, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuggestionStatus> fromKey(String key) {
        for (SuggestionStatus status : values()) {
            if (status.key().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
