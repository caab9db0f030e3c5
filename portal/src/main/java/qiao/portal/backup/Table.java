package qiao.portal.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table of Qiao's schema as the database itself describes it: its columns in order, its primary
 * key, and which of its columns refer to which other tables. Read from JDBC metadata, so a table a
 * later migration adds is backed up and restored with no change here.
 *
 * @param references referring column name → referenced table name
 * @param nullable   the columns that may be null
 */
record Table(String name, List<Column> columns, List<String> primaryKey, Map<String, String> references,
        Set<String> nullable) {

    /**
     * Bookkeeping that stays with the database it is in: the schema's own history, the backups themselves,
     * and the search index's state (a restored site rebuilds its index from the content).
     */
    private static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "backup", "job_lease", "search_outbox",
            "search_state");

    /** Qiao's tables in the connection's schema, by name. */
    static Map<String, Table> all(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            tables.put(name, describe(connection, meta, schema, name));
        }
        return tables;
    }

    private static Table describe(Connection connection, DatabaseMetaData meta, String schema, String name)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(Column.of(md.getColumnName(i), md.getColumnType(i), md.getColumnTypeName(i)));
            }
        }
        String stored = storedName(meta, schema, name);
        Map<Integer, String> keyParts = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, stored)) {
            while (rs.next()) {
                keyParts.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, stored)) {
            while (rs.next()) {
                references.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> nullable = new java.util.HashSet<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, stored, "%")) {
            while (rs.next()) {
                if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                    nullable.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Table(name, columns, List.copyOf(keyParts.values()), references, Set.copyOf(nullable));
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String storedName(DatabaseMetaData meta, String schema, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** The primary key, for a stable row order: the same rows come out in the same order on any database. */
    String orderBy() {
        return primaryKey.isEmpty() ? "" : " ORDER BY " + String.join(", ", primaryKey);
    }

    Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
