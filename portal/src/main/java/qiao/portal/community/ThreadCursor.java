package qiao.portal.community;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import qiao.portal.web.FieldErrors;

/**
 * Where a page of a board's threads ends: the last thread's sort key (activity or creation time in
 * microseconds, or its votes) and its id. Paging by this key instead of an offset keeps deep pages
 * as fast as the first. A cursor made for one order is refused under another.
 */
record ThreadCursor(ThreadOrder order, long key, long id) {

    static ThreadCursor after(ForumThread thread, ThreadOrder order) {
        return new ThreadCursor(order, order.keyOf(thread), thread.id());
    }

    /** An opaque, URL-safe form. */
    public String encode() {
        String plain = order.name() + "." + key + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The cursor a request gives, or null when it gives none; one that is not ours, or was made for
     * another order, is an error on {@code field} (the list then starts from the top).
     */
    public static ThreadCursor parse(String encoded, ThreadOrder order, String field, FieldErrors errors) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        Optional<ThreadCursor> cursor = decode(encoded.strip(), order);
        if (cursor.isEmpty()) {
            errors.add(field, "validation.cursor");
        }
        return cursor.orElse(null);
    }

    /** The cursor in a request if it is one of ours for this order; empty otherwise. */
    static Optional<ThreadCursor> decode(String encoded, ThreadOrder order) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 100) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            ThreadCursor cursor = new ThreadCursor(ThreadOrder.valueOf(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]));
            return cursor.order() == order ? Optional.of(cursor) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
