package qiao.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every integration-test run an empty database before Arquillian starts Liberty: the H2
 * files are deleted, or the PostgreSQL schema is dropped and made again. The database is the one
 * QIAO_DB_URL names (the build sets it per run: H2 first, then PostgreSQL).
 *
 * <p>If PostgreSQL cannot be reached, the PostgreSQL run fails under CI=true and is skipped
 * otherwise, so a laptop without PostgreSQL can still run the suite.
 */
public class DatabaseUnderTest implements LauncherSessionListener, ExecutionCondition {

    private static volatile String unreachable;

    public static String url() {
        return System.getenv().getOrDefault("QIAO_DB_URL", "");
    }

    public static boolean isPostgresql() {
        return url().startsWith("jdbc:postgresql:");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = url();
        if (url.startsWith("jdbc:h2:")) {
            deleteH2Files(Path.of(url.substring("jdbc:h2:".length()).split(";")[0]).getParent());
        } else if (isPostgresql()) {
            resetPostgresqlSchema(url);
        }
    }

    private static void deleteH2Files(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot clear the test H2 database in " + dir, e);
        }
    }

    private static void resetPostgresqlSchema(String url) {
        String schema = url.replaceAll(".*[?&]currentSchema=([A-Za-z0-9_]+).*", "$1");
        String base = url.replaceAll("[?&]currentSchema=[A-Za-z0-9_]+", "");
        String user = System.getenv().getOrDefault("QIAO_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("QIAO_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + base + " is required in CI but unreachable", e);
            }
            unreachable = "PostgreSQL at " + base + " is unreachable (" + e.getMessage() + "); skipped outside CI";
            System.err.println(unreachable);
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return unreachable == null ? ConditionEvaluationResult.enabled("database ready")
                : ConditionEvaluationResult.disabled(unreachable);
    }
}
