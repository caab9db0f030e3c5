package qiao.portal.community;

import java.util.Locale;
import java.util.Optional;

/** What a thread is for. Announcements are for staff only. */
public enum ThreadKind {
    QUESTION, DISCUSSION, SUGGESTION, ANNOUNCEMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThreadKind> fromKey(String key) {
        for (ThreadKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
