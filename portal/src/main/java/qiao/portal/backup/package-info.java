/**
 * Backups and restores in Qiao's own portable archive: every table as JSON lines (one row a line,
 * typed values that do not depend on which database wrote them), the site's extra theme folders,
 * and a manifest with the format and schema versions and a SHA-256 of every entry. Admins take a
 * backup from {@code /admin/backups} or the API, or one is taken on a schedule (once per cluster,
 * under a database lease); it is read in one snapshot while the site stays up. An archive leaves
 * the server encrypted ({@link qiao.portal.backup.ArchiveCipher}) unless the admin asks otherwise.
 * {@link qiao.portal.backup.Restore} is the command that loads an archive into an empty database, H2
 * or PostgreSQL alike, in one transaction.
 *
 * <p>This package reads and writes every feature's tables, as a database dump does, and only here:
 * it knows them by the database's own description (tables, columns, keys), never by their entities.
 */
package qiao.portal.backup;
