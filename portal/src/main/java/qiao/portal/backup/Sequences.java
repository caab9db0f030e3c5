package qiao.portal.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Moves each table's id sequence ({@code <table>_seq}) past the ids a restore brought, so the next
 * row gets a new one. JPA takes ids from a sequence in blocks of 50, reading each value as the last
 * id of its block: the next value must be at least the highest id plus 50.
 */
final class Sequences {

    static final int BLOCK = 50;

    private Sequences() {
    }

    static void movePast(Connection connection, Map<String, Table> tables) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?")) {
            s.setString(1, connection.getSchema());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String sequence : sequences) {
            String table = sequence.endsWith("_seq") ? sequence.substring(0, sequence.length() - 4) : null;
            if (table == null || !tables.containsKey(table) || !tables.get(table).primaryKey().equals(List.of("id"))) {
                continue;
            }
            long highest;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
                rs.next();
                highest = rs.getLong(1);
            }
            if (highest > 0) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next(highest));
                }
            }
        }
    }

    /** The first value the sequence may hand out after ids up to {@code highest}: a block boundary a block past it. */
    static long next(long highest) {
        return (highest / BLOCK + 2) * BLOCK;
    }
}
