package qiao.portal.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes sure the database answers a commit only once it has written it. H2 buffers commits for half
 * a second by default, and a process that crashes loses them: Qiao sets WRITE_DELAY 0 (kept in the
 * database file), so each commit reaches the file before it returns. PostgreSQL's defaults already
 * wait for its log to be flushed; a server set up with fsync or synchronous_commit off is named in
 * the log, because it may lose acknowledged writes on a crash.
 */
final class Durability {

    private static final Logger LOG = Logger.getLogger(Durability.class.getName());

    private Durability() {
    }

    static void ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                statement.execute("SET WRITE_DELAY 0");
                LOG.info("H2 writes every commit to its file before it is acknowledged (WRITE_DELAY 0)");
            } else if (product.contains("postgres")) {
                warnIfOff(statement, "fsync");
                warnIfOff(statement, "synchronous_commit");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check how the database keeps commits", e);
        }
    }

    private static void warnIfOff(Statement statement, String setting) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            String value = rs.next() ? rs.getString(1) : "";
            if (value.equalsIgnoreCase("off")) {
                LOG.warning(() -> "PostgreSQL runs with " + setting + " = " + value + ": a crash of the database server "
                        + "can lose writes Qiao already acknowledged. Turn it on for a site people rely on.");
            }
        }
    }
}
