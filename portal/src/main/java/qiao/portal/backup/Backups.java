package qiao.portal.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.platform.BuildInfo;
import qiao.portal.platform.SchemaReady;
import qiao.portal.platform.SiteConfig;
import qiao.portal.web.Refusal;

/**
 * Takes backups: one at a time, in the background, from one consistent snapshot of the database
 * (the site stays up and keeps writing), into {@code QIAO_BACKUP_DIR}. Admins start them and
 * download them; the schedule starts them too, and keeps the newest few.
 */
@ApplicationScoped
class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(lookup = "jdbc/qiao")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    BackupRecords records;

    @Inject
    Caller caller;

    @Inject
    SiteConfig config;

    @Inject
    BuildInfo build;

    @Inject
    Clock clock;

    private final String node = thisNode();

    void onStart(@Observes SchemaReady ready) {
        int interrupted = records.interrupted(node);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " backups were interrupted when this server last stopped; they are marked failed");
        }
    }

    /** An admin asks for a backup now. */
    Backup startByAdmin() {
        long admin = caller.require(Role.ADMIN).id();
        return start(false, admin);
    }

    /** Starts a backup in the background and returns at once; a 409 if one is running. */
    Backup start(boolean scheduled, Long by) {
        if (records.anyRunning()) {
            throw Refusal.conflict("backup.running");
        }
        Backup backup = records.begin(scheduled, node, by);
        executor.submit(() -> run(backup.id(), backup.fileName(), scheduled));
        return backup;
    }

    List<Backup> list() {
        caller.require(Role.ADMIN);
        return records.all();
    }

    /** A finished backup's archive on this node's disk, for an admin. */
    Path file(long id) {
        caller.require(Role.ADMIN);
        Backup backup = records.find(id).orElseThrow(Refusal::notFound);
        Path file = config.backupDir().resolve(backup.fileName());
        if (backup.state() != Backup.State.DONE || !Files.isRegularFile(file)) {
            throw Refusal.notFound();
        }
        LOG.info(() -> "Backup " + id + " downloaded by account " + caller.require().id());
        return file;
    }

    private void run(long id, String fileName, boolean scheduled) {
        Path dir = config.backupDir();
        Path part = dir.resolve(fileName + ".part");
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(part)) {
                write(out, (done, total) -> records.progressed(id, done, total));
            }
            Path file = Files.move(part, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
            records.done(id, Files.size(file));
            LOG.info(() -> "Backup " + id + " written to " + file + " (" + size(file) + " bytes in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms)");
            if (scheduled) {
                keepNewest(config.backupKeep());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Backup " + id + " failed", e);
            records.failed(id, e.toString());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do: the row says it failed
            }
        }
    }

    /** The whole site in one archive: a snapshot of every table, then the extra theme folders. */
    private void write(OutputStream out, ArchiveWriter.Progress progress) throws SQLException, IOException {
        ArchiveWriter archive = new ArchiveWriter(out);
        String schemaVersion;
        String database;
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData()
                    .getDatabaseProductVersion();
            connection.setAutoCommit(false);
            if (h2) {
                execute(connection, "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setReadOnly(true);
            try {
                schemaVersion = ArchiveWriter.schemaVersion(connection);
                archive.tables(connection, progress);
            } finally {
                // the pool hands this connection on: out of the snapshot, back to what everything else expects
                connection.rollback();
                if (h2) {
                    execute(connection, "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                } else {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
        archive.folder(config.themesDir(), "themes");
        archive.finish(schemaVersion, database, build.version(), clock.instant());
    }

    private void keepNewest(int keep) {
        for (Backup old : records.scheduledBeyond(keep)) {
            try {
                Files.deleteIfExists(config.backupDir().resolve(old.fileName()));
                records.delete(old.id());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the old backup " + old.id(), e);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** This server, as the backup rows name it: host and Liberty server name. */
    private static String thisNode() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + System.getProperty("wlp.server.name", "qiao");
        } catch (IOException e) {
            return "localhost/" + System.getProperty("wlp.server.name", "qiao");
        }
    }

    /** This server's name in backup rows and leases. */
    String node() {
        return node;
    }
}
