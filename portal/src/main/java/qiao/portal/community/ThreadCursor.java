package qiao.portal.community;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a board's threads ends: the last thread's activity time and id. Paging by this
 * key instead of an offset keeps deep pages as fast as the first.
 */
public record ThreadCursor(Instant lastActivity, long id) {

    static ThreadCursor after(ForumThread thread) {
        return new ThreadCursor(thread.lastActivityAt(), thread.id());
    }

    /** An opaque, URL-safe form. */
    public String encode() {
        String plain = lastActivity.getEpochSecond() + "." + lastActivity.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor in a request, or empty if there is none or it is not one of ours. */
    public static Optional<ThreadCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 100) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            return Optional.of(new ThreadCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
