package qiao.portal.platform;

/**
 * Fired once at start-up, after the database schema is migrated: the moment for start-up work that
 * needs the database (creating the first administrator, loading site secrets).
 */
public record SchemaReady() {
}
