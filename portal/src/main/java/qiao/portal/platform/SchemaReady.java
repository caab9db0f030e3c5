package qiao.portal.platform;

import jakarta.servlet.ServletContext;

/**
 * Fired once at start-up, after the database schema is migrated: the moment for start-up work that
 * needs the database (creating the first administrator, loading site secrets). It carries the web application,
 * whose files (such as the bundled plugins) start-up work may read.
 */
public record SchemaReady(ServletContext application) {
}
