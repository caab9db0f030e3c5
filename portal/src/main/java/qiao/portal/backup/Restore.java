package qiao.portal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Loads a Qiao archive into an empty database, H2 or PostgreSQL, whichever made it: the command an
 * operator runs to restore a backup or to move a site from the embedded database to PostgreSQL.
 *
 * <pre>QIAO_DB_URL=… QIAO_DB_USER=… QIAO_DB_PASSWORD=… [QIAO_BACKUP_PASSPHRASE=…]
 * ./mvnw -q -pl portal exec:exec@restore -Dfile=backup.zip [-Dfiles=&lt;server folder&gt;]</pre>
 *
 * It refuses, with a message and before writing anything, an archive that is damaged (a checksum
 * differs), of a newer format, or encrypted without the right passphrase, and a database that already
 * holds data. The schema is migrated to the archive's version, every table loaded in one transaction
 * (all or nothing), the id sequences moved past the restored ids, and the schema then migrated to this
 * Qiao's latest version.
 */
public final class Restore {

    /** Why a restore did not start; nothing was written. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Where to restore to. */
    record Target(String url, String user, String password) {
        Connection connect() throws SQLException {
            Properties credentials = new Properties();
            credentials.setProperty("user", user == null ? "" : user);
            credentials.setProperty("password", password == null ? "" : password);
            for (Driver driver : ServiceLoader.load(Driver.class, Thread.currentThread().getContextClassLoader())) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, credentials);
                }
            }
            throw new SQLException("No JDBC driver for " + url);
        }
    }

    /** What was restored. */
    record Result(long rows, int tables, int files, long millis) {
    }

    private Restore() {
    }

    /** Kept, so that the quieter level holds (a logger nobody refers to may be forgotten). */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    public static void main(String[] args) {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
        if (args.length < 1 || args[0].isBlank() || args[0].startsWith("${")) {
            System.err.println("Usage: QIAO_DB_URL=… QIAO_DB_USER=… QIAO_DB_PASSWORD=… [QIAO_BACKUP_PASSPHRASE=…] "
                    + "./mvnw -q -pl portal exec:exec@restore -Dfile=<archive> [-Dfiles=<server folder>]");
            System.exit(2);
        }
        String url = System.getenv("QIAO_DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Set QIAO_DB_URL (and QIAO_DB_USER, QIAO_DB_PASSWORD) to the empty database to restore into.");
            System.exit(2);
        }
        String passphrase = System.getenv("QIAO_BACKUP_PASSPHRASE");
        Path filesTo = args.length > 1 && !args[1].isBlank() && !args[1].startsWith("${") ? Path.of(args[1]) : null;
        try {
            Result result = restore(Path.of(args[0]), passphrase == null ? null : passphrase.toCharArray(),
                    new Target(url, System.getenv("QIAO_DB_USER"), System.getenv("QIAO_DB_PASSWORD")), filesTo,
                    System.out::println);
            System.out.printf("Restored %,d rows in %d tables and %d files in %.1f s.%n", result.rows(), result.tables(),
                    result.files(), result.millis() / 1000.0);
        } catch (Refused e) {
            System.err.println("Nothing was restored: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("The restore failed and was rolled back: " + e);
            System.exit(1);
        }
    }

    /** Restores the archive; {@code say} hears what is being done. */
    static Result restore(Path archive, char[] passphrase, Target target, Path filesTo, java.util.function.Consumer<String> say)
            throws Refused, IOException, SQLException {
        long started = System.nanoTime();
        Path plain = plain(archive, passphrase);
        try (ArchiveReader reader = open(plain)) {
            if (reader.format() < 1 || reader.format() > ArchiveWriter.FORMAT) {
                throw new Refused("the archive has format " + reader.format() + ", made by a newer Qiao; this one reads "
                        + "format " + ArchiveWriter.FORMAT + ". Restore it with that Qiao or a newer one.");
            }
            say.accept("Archive " + reader.describe());
            try {
                reader.verify();
            } catch (IOException damaged) {
                throw new Refused(damaged.getMessage());
            }
            say.accept("Every entry matches its checksum.");
            try (Connection connection = target.connect()) {
                refuseIfNotEmpty(connection, reader.schemaVersion());
                migrate(target, reader.schemaVersion());
                long rows = load(connection, reader, say);
                migrate(target, null);
                int files = files(reader, filesTo, say);
                return new Result(rows, reader.tables().size(), files, (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            if (!plain.equals(archive)) {
                Files.deleteIfExists(plain);
            }
        }
    }

    private static ArchiveReader open(Path plain) throws Refused {
        try {
            return new ArchiveReader(plain);
        } catch (IOException e) {
            throw new Refused(e.getMessage());
        }
    }

    /** The archive itself, or a decrypted copy of it in a temporary file. */
    private static Path plain(Path archive, char[] passphrase) throws Refused, IOException {
        if (!Files.isRegularFile(archive)) {
            throw new Refused("there is no file " + archive);
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(archive)) {
            start = in.readNBytes(8);
        }
        if (!ArchiveCipher.isEncrypted(start)) {
            return archive;
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new Refused("the archive is encrypted: give its passphrase in QIAO_BACKUP_PASSPHRASE");
        }
        Path decrypted = Files.createTempFile("qiao-restore", ".zip");
        try (InputStream in = Files.newInputStream(archive); OutputStream out = Files.newOutputStream(decrypted)) {
            ArchiveCipher.decrypt(in, out, passphrase);
        } catch (IOException e) {
            Files.deleteIfExists(decrypted);
            throw new Refused(e.getMessage());
        }
        return decrypted;
    }

    private static void refuseIfNotEmpty(Connection connection, String archiveVersion) throws Refused, SQLException {
        Map<String, Table> tables = Table.all(connection);
        if (tables.isEmpty()) {
            return;
        }
        String version = ArchiveWriter.schemaVersion(connection);
        if (Long.parseLong(version) > Long.parseLong(archiveVersion)) {
            throw new Refused("the target database already has schema version " + version + ", newer than the archive's "
                    + archiveVersion + ": restore into an empty database");
        }
        List<String> holding = new ArrayList<>();
        for (Table table : tables.values()) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    holding.add(table.name() + " (" + rs.getLong(1) + ")");
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new Refused("the target database already holds data: " + String.join(", ", holding)
                    + ". Restore only into an empty database (and start Qiao on it afterwards).");
        }
    }

    /** Migrates to a version (the archive's), or with null to the latest this Qiao knows. */
    private static void migrate(Target target, String version) {
        var configuration = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(target.url(), target.user(), target.password()).locations("classpath:db/migration");
        if (version != null) {
            configuration.target(version);
        }
        configuration.load().migrate();
    }

    /** Loads every table in one transaction; cyclic references are filled in afterwards. */
    private static long load(Connection connection, ArchiveReader reader, java.util.function.Consumer<String> say)
            throws SQLException {
        Map<String, Table> schema = Table.all(connection);
        Map<String, ArchiveReader.TableEntry> archived = new LinkedHashMap<>();
        for (ArchiveReader.TableEntry entry : reader.tables()) {
            Table table = schema.get(entry.name());
            if (table == null) {
                throw new SQLException("the archive has a table this schema does not: " + entry.name());
            }
            for (Column column : entry.columns()) {
                if (table.columns().stream().noneMatch(c -> c.name().equals(column.name()))) {
                    throw new SQLException("the archive's table " + entry.name() + " has a column this schema does not: "
                            + column.name());
                }
            }
            archived.put(entry.name(), entry);
        }
        Map<String, Set<String>> deferred = new LinkedHashMap<>();
        List<String> order = InsertOrder.of(schema, archived.keySet(), deferred);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows = 0;
        try {
            for (String name : order) {
                rows += insert(connection, schema.get(name), archived.get(name), deferred.getOrDefault(name, Set.of()),
                        reader);
                say.accept("  " + name + ": " + archived.get(name).rows() + " rows");
            }
            for (Map.Entry<String, Set<String>> late : deferred.entrySet()) {
                fillIn(connection, schema.get(late.getKey()), archived.get(late.getKey()), late.getValue(), reader);
            }
            Sequences.movePast(connection, schema);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    private static long insert(Connection connection, Table table, ArchiveReader.TableEntry entry, Set<String> later,
            ArchiveReader reader) throws Exception {
        List<Column> columns = entry.columns();
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long[] count = {0};
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            reader.rows(entry, values -> {
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    column.bind(insert, i + 1, later.contains(column.name()) ? null : values[i]);
                }
                insert.addBatch();
                if (++count[0] % 1_000 == 0) {
                    insert.executeBatch();
                }
            });
            insert.executeBatch();
        }
        return count[0];
    }

    /** Sets the references that had to wait until the rows they point at were there. */
    private static void fillIn(Connection connection, Table table, ArchiveReader.TableEntry entry, Set<String> late,
            ArchiveReader reader) throws Exception {
        List<Column> columns = entry.columns();
        List<String> set = new ArrayList<>(late);
        String sql = "UPDATE " + table.name() + " SET " + String.join(", ", set.stream().map(c -> c + " = ?").toList())
                + " WHERE " + String.join(" AND ", table.primaryKey().stream().map(c -> c + " = ?").toList());
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int[] pending = {0};
            reader.rows(entry, values -> {
                boolean any = false;
                int at = 1;
                for (String name : set) {
                    int index = indexOf(columns, name);
                    any |= values[index] != null;
                    columns.get(index).bind(update, at++, values[index]);
                }
                for (String key : table.primaryKey()) {
                    int index = indexOf(columns, key);
                    columns.get(index).bind(update, at++, values[index]);
                }
                if (any) {
                    update.addBatch();
                    if (++pending[0] % 1_000 == 0) {
                        update.executeBatch();
                    }
                }
            });
            update.executeBatch();
        }
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    private static int files(ArchiveReader reader, Path filesTo, java.util.function.Consumer<String> say)
            throws IOException {
        List<ArchiveReader.FileEntry> files = reader.files();
        if (files.isEmpty()) {
            return 0;
        }
        if (filesTo == null) {
            say.accept(files.size() + " files (themes) in the archive were not restored: give -Dfiles=<server folder>");
            return 0;
        }
        for (ArchiveReader.FileEntry file : files) {
            Path to = filesTo.resolve(file.path()).normalize();
            if (!to.startsWith(filesTo.normalize())) {
                throw new IOException("an archive file would land outside " + filesTo + ": " + file.path());
            }
            Files.createDirectories(to.getParent());
            try (InputStream in = reader.file(file)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        say.accept(files.size() + " files restored under " + filesTo);
        return files.size();
    }

    /** The order tables can be filled in despite foreign keys; references in a cycle wait (they must be nullable). */
    static final class InsertOrder {

        private InsertOrder() {
        }

        static List<String> of(Map<String, Table> schema, Set<String> wanted, Map<String, Set<String>> deferred) {
            Set<String> remaining = new LinkedHashSet<>(wanted);
            List<String> order = new ArrayList<>();
            for (String name : wanted) {
                Table table = schema.get(name);
                table.references().forEach((column, referenced) -> {
                    if (referenced.equals(name)) {
                        defer(table, column, deferred);
                    }
                });
            }
            while (!remaining.isEmpty()) {
                String ready = remaining.stream().filter(name -> waitsOn(schema.get(name), remaining, deferred).isEmpty())
                        .findFirst().orElse(null);
                if (ready != null) {
                    order.add(ready);
                    remaining.remove(ready);
                    continue;
                }
                // a cycle: a table whose waiting references may all be null can be filled in first, and they later
                Table breaker = remaining.stream().map(schema::get)
                        .filter(t -> t.nullable().containsAll(waitsOn(t, remaining, deferred))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("cannot order the tables " + remaining
                                + ": their foreign keys form a cycle of columns that may not be null"));
                for (String column : waitsOn(breaker, remaining, deferred)) {
                    defer(breaker, column, deferred);
                }
            }
            return order;
        }

        /** The columns of a table that refer to tables not yet filled in (and not waiting already). */
        private static Set<String> waitsOn(Table table, Set<String> remaining, Map<String, Set<String>> deferred) {
            Set<String> waits = new HashSet<>();
            Set<String> late = deferred.getOrDefault(table.name(), Set.of());
            table.references().forEach((column, referenced) -> {
                if (!referenced.equals(table.name()) && remaining.contains(referenced) && !late.contains(column)) {
                    waits.add(column);
                }
            });
            return waits;
        }

        private static void defer(Table table, String column, Map<String, Set<String>> deferred) {
            if (!table.nullable().contains(column)) {
                throw new IllegalStateException("cannot order the tables: " + table.name() + "." + column
                        + " is part of a cycle of foreign keys and may not be null");
            }
            deferred.computeIfAbsent(table.name(), t -> new LinkedHashSet<>()).add(column);
        }
    }
}
