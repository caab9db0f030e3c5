package qiao.portal.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * A column as the archive knows it: a name and a portable type, with the one way each type's values
 * are read from a database, written as JSON, read back and bound again. The JSON value of a row is
 * the same whether H2 or PostgreSQL wrote it.
 *
 * @param type one of bigint, integer, boolean, text, timestamptz, timestamp, date, decimal, double, bytes
 */
record Column(String name, String type) {

    static Column of(String name, int jdbcType, String typeName) {
        return new Column(name.toLowerCase(Locale.ROOT), portable(jdbcType, typeName));
    }

    private static String portable(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB, Types.NCLOB -> "text";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.TIMESTAMP -> typeName != null && typeName.toLowerCase(Locale.ROOT).contains("tz")
                    ? "timestamptz" : "timestamp";
            case Types.DATE -> "date";
            case Types.NUMERIC, Types.DECIMAL -> "decimal";
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> "double";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "bytes";
            default -> throw new IllegalStateException("A column type the archive does not know: " + typeName
                    + " (JDBC type " + jdbcType + ")");
        };
    }

    /** The value of this column in the current row, as the archive keeps it (null, a number, a boolean or text). */
    Object read(ResultSet rs, int index) throws SQLException {
        Object value = switch (type) {
            case "bigint" -> rs.getLong(index);
            case "integer" -> (long) rs.getInt(index);
            case "boolean" -> rs.getBoolean(index);
            case "text" -> rs.getString(index);
            case "timestamptz" -> {
                OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case "timestamp" -> {
                LocalDateTime at = rs.getObject(index, LocalDateTime.class);
                yield at == null ? null : at.toString();
            }
            case "date" -> {
                LocalDate day = rs.getObject(index, LocalDate.class);
                yield day == null ? null : day.toString();
            }
            case "decimal" -> {
                BigDecimal number = rs.getBigDecimal(index);
                yield number == null ? null : number.toPlainString();
            }
            case "double" -> rs.getDouble(index);
            case "bytes" -> {
                byte[] bytes = rs.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> throw new IllegalStateException(type);
        };
        return rs.wasNull() ? null : value;
    }

    /** Binds an archived value (as {@link #read} made it, parsed back from JSON) to a statement. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType());
            return;
        }
        switch (type) {
            case "bigint" -> statement.setLong(index, ((Number) value).longValue());
            case "integer" -> statement.setInt(index, ((Number) value).intValue());
            case "boolean" -> statement.setBoolean(index, (Boolean) value);
            case "text" -> statement.setString(index, (String) value);
            case "timestamptz" -> statement.setObject(index, OffsetDateTime.parse((String) value));
            case "timestamp" -> statement.setObject(index, LocalDateTime.parse((String) value));
            case "date" -> statement.setObject(index, LocalDate.parse((String) value));
            case "decimal" -> statement.setBigDecimal(index, new BigDecimal((String) value));
            case "double" -> statement.setDouble(index, ((Number) value).doubleValue());
            case "bytes" -> statement.setBytes(index, Base64.getDecoder().decode((String) value));
            default -> throw new IllegalStateException(type);
        }
    }

    private int jdbcType() {
        return switch (type) {
            case "bigint" -> Types.BIGINT;
            case "integer" -> Types.INTEGER;
            case "boolean" -> Types.BOOLEAN;
            case "text" -> Types.VARCHAR;
            case "timestamptz" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "timestamp" -> Types.TIMESTAMP;
            case "date" -> Types.DATE;
            case "decimal" -> Types.NUMERIC;
            case "double" -> Types.DOUBLE;
            case "bytes" -> Types.VARBINARY;
            default -> throw new IllegalStateException(type);
        };
    }
}
