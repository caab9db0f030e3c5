package qiao.portal.community;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The orders a board's threads can be listed in, each with the column its keyset pages by. */
enum ThreadOrder {
    LATEST("lastActivityAt"), NEWEST("createdAt"), VOTES("voteCount");

    private final String field;

    ThreadOrder(String field) {
        this.field = field;
    }

    /** The entity field sorted on (descending, then by id). */
    String field() {
        return field;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ThreadOrder> find(String key) {
        for (ThreadOrder order : values()) {
            if (order.key().equals(key)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    boolean byTime() {
        return this != VOTES;
    }

    long keyOf(ForumThread thread) {
        return switch (this) {
            case LATEST -> micros(thread.lastActivityAt());
            case NEWEST -> micros(thread.createdAt());
            case VOTES -> thread.voteCount();
        };
    }

    /** The parameter value for a cursor's key, in the type the field has. */
    Object parameter(long key) {
        return byTime() ? Instant.EPOCH.plus(key, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC) : (Object) (int) key;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
