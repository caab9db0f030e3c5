package qiao.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the portal starts, before any other start-up work,
 * then announces {@link SchemaReady}. Flyway takes a lock in the database, so several nodes
 * starting at once migrate exactly once.
 */
@WebListener
class DatabaseMigrations implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/qiao")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @Inject
    StartupState state;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ClassLoader loader = DatabaseMigrations.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new MigrationScripts(event.getServletContext(), loader))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
        Durability.ensure(dataSource);
        schemaReady.fire(new SchemaReady(event.getServletContext()));
        state.markReady();
    }
}
