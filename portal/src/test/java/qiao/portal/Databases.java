package qiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Databases of their own for tests that run Qiao as a process: a fresh H2 file, or a fresh schema
 * on the PostgreSQL at 127.0.0.1:5432 (required under CI=true, skipped elsewhere when absent).
 */
public final class Databases {

    public static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRESQL_USER = "postgres";

    private Databases() {
    }

    /** The settings for an empty H2 database in a folder of its own (emptied first). */
    public static Map<String, String> h2(String name) {
        Path dir = Path.of("target/fault-data", name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("QIAO_DB_URL", "jdbc:h2:" + dir.toAbsolutePath().resolve("qiao") + ";MODE=Regular;DB_CLOSE_ON_EXIT=FALSE",
                "QIAO_DB_USER", "qiao", "QIAO_DB_PASSWORD", "qiao");
    }

    /** The settings for an empty PostgreSQL schema (dropped and made again), reached through {@code port}. */
    public static Map<String, String> postgresql(String schema, int port, String options) {
        try (Connection c = DriverManager.getConnection(POSTGRESQL, POSTGRESQL_USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but unreachable", e);
            }
            Assumptions.abort("PostgreSQL at 127.0.0.1:5432 is unreachable: " + e.getMessage());
        }
        return Map.of("QIAO_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/test?currentSchema=" + schema + options,
                "QIAO_DB_USER", POSTGRESQL_USER, "QIAO_DB_PASSWORD", "unused-with-trust-auth");
    }

    public static Map<String, String> postgresql(String schema) {
        return postgresql(schema, 5432, "");
    }
}
