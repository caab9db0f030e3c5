package qiao.portal.backup;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a plain (decrypted) archive: its manifest, the proof that every entry is whole, and the
 * rows of each table in the types {@link Column} binds.
 */
final class ArchiveReader implements AutoCloseable {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** A table as the manifest describes it. */
    record TableEntry(String name, String entry, long rows, String sha256, List<Column> columns) {
    }

    /** A file as the manifest describes it. */
    record FileEntry(String path, String entry, long bytes, String sha256) {
    }

    private final ZipFile zip;
    private final JsonObject manifest;

    ArchiveReader(Path archive) throws IOException {
        try {
            this.zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a Qiao archive (not a zip file; an encrypted one needs its passphrase)", e);
        }
        ZipEntry entry = zip.getEntry(ArchiveWriter.MANIFEST);
        if (entry == null) {
            zip.close();
            throw new IOException("not a Qiao archive: it has no " + ArchiveWriter.MANIFEST);
        }
        try (var reader = READERS.createReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            this.manifest = reader.readObject();
        } catch (RuntimeException e) {
            zip.close();
            throw new IOException("the archive's manifest is damaged", e);
        }
    }

    int format() {
        return manifest.getInt("format", -1);
    }

    String schemaVersion() {
        return manifest.getString("schemaVersion");
    }

    String describe() {
        return "made " + manifest.getString("createdAt") + " by Qiao " + manifest.getString("qiaoVersion", "?") + " on "
                + manifest.getString("database", "?") + ", schema version " + schemaVersion();
    }

    List<TableEntry> tables() {
        List<TableEntry> tables = new ArrayList<>();
        for (JsonObject t : manifest.getJsonArray("tables").getValuesAs(JsonObject.class)) {
            List<Column> columns = t.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                    .map(c -> new Column(c.getString("name"), c.getString("type"))).toList();
            tables.add(new TableEntry(t.getString("name"), t.getString("entry"), t.getJsonNumber("rows").longValue(),
                    t.getString("sha256"), columns));
        }
        return tables;
    }

    List<FileEntry> files() {
        return manifest.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                .map(f -> new FileEntry(f.getString("path"), f.getString("entry"), f.getJsonNumber("bytes").longValue(),
                        f.getString("sha256"))).toList();
    }

    /** Reads every entry the manifest names and compares its SHA-256; throws on the first that differs or is missing. */
    void verify() throws IOException {
        for (TableEntry table : tables()) {
            check(table.entry(), table.sha256());
        }
        for (FileEntry file : files()) {
            check(file.entry(), file.sha256());
        }
    }

    private void check(String name, String expected) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("the archive is damaged: " + name + " is missing");
        }
        MessageDigest sha = ArchiveWriter.sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.util.zip.ZipException e) {
            throw new IOException("the archive is damaged: " + name + " cannot be read (" + e.getMessage() + ")", e);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(expected)) {
            throw new IOException("the archive is damaged: " + name + " does not match its checksum");
        }
    }

    /** Told each row of a table, as values {@link Column#bind} takes, in the table's column order. */
    interface Rows {
        void row(Object[] values) throws Exception;
    }

    void rows(TableEntry table, Rows rows) throws Exception {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                zip.getInputStream(zip.getEntry(table.entry())), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonObject row;
                try (var reader = READERS.createReader(new StringReader(line))) {
                    row = reader.readObject();
                }
                Object[] values = new Object[table.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = plain(row.get(table.columns().get(i).name()));
                }
                rows.row(values);
            }
        }
    }

    InputStream file(FileEntry file) throws IOException {
        return zip.getInputStream(zip.getEntry(file.entry()));
    }

    private static Object plain(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : (Object) ((JsonNumber) value).doubleValue();
            default -> throw new IllegalStateException("a row value that is not plain: " + value);
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
