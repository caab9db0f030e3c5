package qiao.portal.privacy;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a feature's own table as export records: named columns, with moments as ISO-8601 instants whichever
 * database answered (H2 gives {@code OffsetDateTime}, PostgreSQL's driver may give {@code Timestamp}).
 */
public final class RecordRows {

    private RecordRows() {
    }

    /** The rows of {@code sql}, whose only parameter {@code ?1} is the account id, keyed by {@code columns} in order. */
    public static List<Map<String, Object>> of(EntityManager em, String sql, long accountId, String... columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(sql).setParameter(1, accountId).getResultList()) {
            Object[] values = columns.length == 1 ? new Object[] {result} : (Object[]) result;
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], portable(values[i]));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Deletes the person's rows of a table that names them in its column {@code account_id}. */
    public static void delete(EntityManager em, String table, long accountId) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
    }

    /** A column value as JSON-B writes it the same from either database. */
    public static Object portable(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant().toString();
            case Timestamp t -> t.toInstant().toString();
            case TemporalAccessor t -> t.toString();
            case java.sql.Clob c -> text(c);
            default -> value;
        };
    }

    private static String text(java.sql.Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
