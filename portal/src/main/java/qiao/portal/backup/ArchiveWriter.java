package qiao.portal.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive: every table of a database snapshot as JSON lines, the extra theme folders, and
 * last the manifest that names the format, the schema version and a SHA-256 of each entry.
 */
final class ArchiveWriter {

    /** The archive format this Qiao writes; restore refuses newer ones. */
    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    /** Told how far the writing has come. */
    interface Progress {
        void rows(long done, long total);
    }

    private final ZipOutputStream zip;
    private final JsonArrayBuilder tables = Json.createArrayBuilder();
    private final JsonArrayBuilder files = Json.createArrayBuilder();

    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Writes every table the connection sees; the connection should hold one snapshot for the whole call. */
    void tables(Connection connection, Progress progress) throws SQLException, IOException {
        Map<String, Table> all = Table.all(connection);
        long total = 0;
        for (Table table : all.values()) {
            total += count(connection, table);
        }
        long done = 0;
        for (Table table : all.values()) {
            done = table(connection, table, done, total, progress);
        }
        progress.rows(done, total);
    }

    private long table(Connection connection, Table table, long done, long total, Progress progress)
            throws SQLException, IOException {
        String entry = "tables/" + table.name() + ".jsonl";
        zip.putNextEntry(new ZipEntry(entry));
        MessageDigest sha = sha256();
        long rows = 0;
        Writer lines = new OutputStreamWriter(new DigestOutputStream(new NoClose(zip), sha), StandardCharsets.UTF_8);
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", table.columns().stream().map(Column::name)
                    .toList()) + " FROM " + table.name() + table.orderBy())) {
                while (rs.next()) {
                    JsonGenerator row = GENERATORS.createGenerator(new NoCloseWriter(lines)).writeStartObject();
                    for (int i = 0; i < table.columns().size(); i++) {
                        Column column = table.columns().get(i);
                        write(row, column.name(), column.read(rs, i + 1));
                    }
                    row.writeEnd().close();
                    lines.write('\n');
                    rows++;
                    if (++done % 5_000 == 0) {
                        progress.rows(done, total);
                    }
                }
            }
        }
        lines.flush();
        zip.closeEntry();
        JsonArrayBuilder columns = Json.createArrayBuilder();
        table.columns().forEach(c -> columns.add(Json.createObjectBuilder().add("name", c.name()).add("type", c.type())));
        tables.add(Json.createObjectBuilder().add("name", table.name()).add("entry", entry).add("rows", rows)
                .add("sha256", HexFormat.of().formatHex(sha.digest())).add("columns", columns));
        return done;
    }

    private static void write(JsonGenerator row, String name, Object value) {
        switch (value) {
            case null -> row.writeNull(name);
            case Long l -> row.write(name, l);
            case Double d -> row.write(name, d);
            case Boolean b -> row.write(name, b);
            default -> row.write(name, value.toString());
        }
    }

    /** Copies every file under a folder into the archive, under {@code files/<prefix>/…}. */
    void folder(Path root, String prefix) throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : found) {
            String path = prefix + "/" + root.relativize(file).toString().replace('\\', '/');
            String entry = "files/" + path;
            zip.putNextEntry(new ZipEntry(entry));
            MessageDigest sha = sha256();
            long bytes;
            try (var in = Files.newInputStream(file)) {
                bytes = in.transferTo(new DigestOutputStream(new NoClose(zip), sha));
            }
            zip.closeEntry();
            files.add(Json.createObjectBuilder().add("path", path).add("entry", entry).add("bytes", bytes)
                    .add("sha256", HexFormat.of().formatHex(sha.digest())));
        }
    }

    /** Writes the manifest and finishes the archive. */
    void finish(String schemaVersion, String database, String qiaoVersion, Instant createdAt) throws IOException {
        JsonObjectBuilder manifest = Json.createObjectBuilder().add("format", FORMAT).add("application", "qiao")
                .add("qiaoVersion", qiaoVersion).add("schemaVersion", schemaVersion).add("database", database)
                .add("createdAt", createdAt.toString()).add("tables", tables).add("files", files);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        Writer out = new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8);
        Json.createWriter(out).write(manifest.build());
        out.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** The schema version Flyway recorded last (the archive must be restored at that version). */
    static String schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            long highest = 0;
            while (rs.next()) {
                highest = Math.max(highest, Long.parseLong(rs.getString(1).split("\\.")[0]));
            }
            return Long.toString(highest);
        }
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets an entry's writer be flushed and closed without closing the archive under it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class NoCloseWriter extends java.io.FilterWriter {
        NoCloseWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
