package qiao.portal.community;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A yes-or-no mark one person puts on one thing (a vote, a follow), kept as a row that is there or
 * not. Setting it twice is setting it once; taking away a mark never given changes nothing.
 *
 * @param table      the table of marks
 * @param timeColumn when the mark was set
 * @param keyColumns the columns that together name one mark, in the order values are given
 */
record Mark(String table, String timeColumn, List<String> keyColumns) {

    static final Mark POST_VOTE = new Mark("post_vote", "voted_at", List.of("post_id", "account_id"));
    static final Mark THREAD_VOTE = new Mark("thread_vote", "voted_at", List.of("thread_id", "account_id"));
    static final Mark FOLLOW = new Mark("follow", "created_at", List.of("account_id", "target_type", "target_id"));

    /** Sets or takes away the mark; returns whether anything changed. */
    boolean set(EntityManager em, boolean on, Instant at, Object... key) {
        var query = em.createNativeQuery(on
                ? "INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", " + timeColumn + ") SELECT "
                        + placeholders(", ") + ", ?" + (keyColumns.size() + 1) + " WHERE NOT EXISTS (SELECT 1 FROM "
                        + table + " WHERE " + matches() + ")"
                : "DELETE FROM " + table + " WHERE " + matches());
        for (int i = 0; i < key.length; i++) {
            query.setParameter(i + 1, key[i]);
        }
        if (on) {
            query.setParameter(key.length + 1, at.atOffset(ZoneOffset.UTC));
        }
        return query.executeUpdate() > 0;
    }

    boolean isSet(EntityManager em, Object... key) {
        var query = em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + matches());
        for (int i = 0; i < key.length; i++) {
            query.setParameter(i + 1, key[i]);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    private String placeholders(String separator) {
        return IntStream.rangeClosed(1, keyColumns.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(separator));
    }

    private String matches() {
        return IntStream.range(0, keyColumns.size()).mapToObj(i -> keyColumns.get(i) + " = ?" + (i + 1))
                .collect(Collectors.joining(" AND "));
    }
}
