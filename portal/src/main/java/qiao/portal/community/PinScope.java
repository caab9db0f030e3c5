package qiao.portal.community;

import java.util.Locale;
import java.util.Optional;

/** Where a pinned thread stays on top: nowhere, its board, or every board and the home page. */
enum PinScope {
    NONE, BOARD, GLOBAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PinScope> fromKey(String key) {
        for (PinScope scope : values()) {
            if (scope.key().equals(key)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
