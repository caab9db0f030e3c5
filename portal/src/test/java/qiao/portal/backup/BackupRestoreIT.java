package qiao.portal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.DatabaseUnderTest;
import qiao.portal.Databases;
import qiao.portal.Deployments;
import qiao.portal.QiaoProcess;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * A site with threads, votes, an accepted answer, tags, a draft, notifications and accounts is backed
 * up through the API, restored into an empty Qiao on the other database (H2 → PostgreSQL in the H2
 * run, PostgreSQL → H2 in the other), and the two compared table by table; the restored site runs and
 * its people sign in with their passwords. Damaged, newer and wrongly encrypted archives, and a target
 * that is not empty, are refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String PASSPHRASE = "a passphrase long enough";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    /** What the site holds that the restored one must hold too. */
    private record Site(String member, long question, String draftKey) {
    }

    private Site site() {
        String slug = WebClient.uniqueName("bk").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"备份 Backup\"}", admin).status());
        String asker = new WebClient().signUp(WebClient.uniqueName("asker"));
        String askerToken = api.token(asker, WebClient.PASSWORD);
        String helper = new WebClient().signUp(WebClient.uniqueName("helper"));
        String helperToken = api.token(helper, WebClient.PASSWORD);
        long question = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"手机号 13812345678 换了怎么办\","
                + "\"body\":\"旧号 13812345678 停用了\",\"kind\":\"question\",\"tags\":[\"换绑\",\"登录\"]}", askerToken).json()
                .getJsonNumber("id").longValue();
        long answer = api.json("POST", "/api/v1/threads/" + question + "/posts", "{\"body\":\"@" + asker + " 去安全中心换绑\"}",
                helperToken).json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", null, admin).status());
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, askerToken).status());
        long suggestion = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"希望支持指纹登录\",\"body\":\"方便\","
                + "\"kind\":\"suggestion\"}", askerToken).json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/threads/" + suggestion + "/vote", null, helperToken).status());
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + suggestion + "/status", "{\"status\":\"planned\",\"note\":\"排期中\"}",
                admin).status());
        long opening = api.json("GET", "/api/v1/threads/" + question, null, null).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"旧号 13812345678 已停用\"}", askerToken).status());
        String draftKey = "board-" + slug;
        assertEquals(204, api.json("PUT", "/api/v1/drafts/" + draftKey, "{\"title\":\"草稿\",\"body\":\"还没写完\"}", askerToken)
                .status());
        chooseLunarBirthday(api, asker, admin);
        return new Site(asker, question, draftKey);
    }

    /** A plugin's record about a person: the greetings plugin keeps the birthday one chose on its page (8th month, 15th). */
    private static void chooseLunarBirthday(WebClient site, String member, String adminToken) {
        assertEquals(200, site.json("POST", "/api/v1/admin/plugins/greetings/enable", "", adminToken).status());
        try {
            WebClient person = new WebClient();
            person.signIn(member, WebClient.PASSWORD);
            assertEquals(303, person.submit("/p/greetings/", "/p/greetings/", Map.of("birthday", "lunar", "month", "8", "day", "15"))
                    .status());
        } finally {
            site.json("POST", "/api/v1/admin/plugins/greetings/disable", "", adminToken);
        }
    }

    @Test
    void aSiteBackedUpOnOneDatabaseIsRestoredOnTheOtherWithEveryRow() throws Exception {
        Site site = site();
        assertEquals(403, api.json("POST", "/api/v1/admin/backups", null, api.newMemberToken("nosy")).status());
        Page started = api.json("POST", "/api/v1/admin/backups", null, admin);
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals("running", started.json().getString("state"));
        JsonObject done = awaitDone(id);
        assertTrue(done.getJsonNumber("bytes").longValue() > 0);

        assertEquals(400, api.json("GET", "/api/v1/admin/backups/" + id + "/file", null, admin).status(),
                "never unencrypted unless asked for");
        Path dir = Files.createDirectories(Path.of("target/backup-it"));
        Path plain = download(id, "?encrypted=false", null, dir.resolve("plain.zip"));
        Path sealed = download(id, "", PASSPHRASE, dir.resolve("sealed.qiao"));
        assertTrue(ArchiveCipher.isEncrypted(Files.readAllBytes(sealed)));

        Restore.Target target = otherDatabase();
        assertRefused(rewritten(plain, dir.resolve("damaged.zip"), "tables/account.jsonl", s -> s.replaceFirst("\"", "'")),
                null, target, "damaged");
        assertRefused(rewritten(plain, dir.resolve("newer.zip"), "manifest.json", s -> s.replace("\"format\":1", "\"format\":99")),
                null, target, "newer Qiao");
        assertRefused(sealed, "not the passphrase".toCharArray(), target, "wrong passphrase");
        assertRefused(sealed, null, target, "encrypted");
        try (Connection c = target.connect()) {
            assertTrue(Table.all(c).isEmpty(), "nothing was written by the refused restores");
        }

        long t0 = System.nanoTime();
        Restore.Result restored = Restore.restore(sealed, PASSPHRASE.toCharArray(), target, null, System.out::println);
        System.out.printf("Restored %d rows (%d tables) from %s onto %s in %d ms%n", restored.rows(), restored.tables(),
                DatabaseUnderTest.isPostgresql() ? "PostgreSQL" : "H2", target.url(), (System.nanoTime() - t0) / 1_000_000);
        assertEveryRowRestored(plain, target);
        assertRefused(plain, null, target, "already holds data");

        try (QiaoProcess moved = new QiaoProcess(environment(target), 19480).with("QIAO_BACKUP_EVERY", "1h").start()) {
            WebClient there = new WebClient(moved.base()).acceptLanguage("en");
            String token = there.token(site.member(), WebClient.PASSWORD);
            JsonObject original = api.json("GET", "/api/v1/threads/" + site.question(), null, null).json();
            JsonObject copy = there.json("GET", "/api/v1/threads/" + site.question(), null, null).json();
            assertEquals(withoutViews(original), withoutViews(copy), "the thread reads the same");
            assertEquals(api.json("GET", "/api/v1/notifications", null, api.token(site.member(), WebClient.PASSWORD)).json()
                    .getJsonArray("notifications"), there.json("GET", "/api/v1/notifications", null, token).json()
                    .getJsonArray("notifications"), "notifications too");
            assertEquals("还没写完", there.json("GET", "/api/v1/drafts/" + site.draftKey(), null, token).json().getString("body"));
            Page reply = there.json("POST", "/api/v1/threads/" + site.question() + "/posts", "{\"body\":\"after the move\"}", token);
            assertEquals(201, reply.status(), "new rows get new ids: " + reply.body());
            assertScheduledBackup(there, there.adminToken());
            assertEquals(200, there.json("POST", "/api/v1/admin/plugins/greetings/enable", "", there.adminToken()).status());
            WebClient person = new WebClient(moved.base());
            person.signIn(site.member(), WebClient.PASSWORD);
            String mine = person.get("/p/greetings/").body();
            assertTrue(mine.contains("value=\"lunar\" checked") && mine.contains("name=\"month\" min=\"1\" max=\"12\" value=\"8\""),
                    "the plugin's record about the person came along: " + mine);
        }
    }

    @Test
    void theAdminPageTakesBackupsAndHandsThemOutEncryptedUnlessAskedOtherwise() throws Exception {
        WebClient page = new WebClient().acceptLanguage("en");
        page.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page list = page.get("/admin/backups");
        assertEquals(200, list.status());
        WebClient member = new WebClient();
        member.signUp(WebClient.uniqueName("curious"));
        assertEquals(403, member.get("/admin/backups").status());
        Page started = page.postForm("/admin/backups", Map.of("_csrf", list.csrf()));
        assertTrue(started.status() == 303 || started.status() == 409, "started, or one is running: " + started.status());
        long id = api.json("GET", "/api/v1/admin/backups", null, admin).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        awaitDone(id);
        Page refused = page.postForm("/admin/backups/" + id + "/download", Map.of("_csrf", list.csrf(), "passphrase", "short"));
        assertEquals(400, refused.status());
        Page nothing = page.postForm("/admin/backups/" + id + "/download", Map.of("_csrf", list.csrf()));
        assertEquals(400, nothing.status(), "neither a passphrase nor the box: no download");
        Page sealed = page.postForm("/admin/backups/" + id + "/download", Map.of("_csrf", list.csrf(), "passphrase", PASSPHRASE));
        assertEquals(200, sealed.status());
        assertTrue(sealed.header("Content-Disposition").orElse("").contains(".enc"));
        assertTrue(sealed.body().startsWith("QIAOENC1"), "encrypted");
        Page plain = page.postForm("/admin/backups/" + id + "/download", Map.of("_csrf", list.csrf(), "unencrypted", "yes"));
        assertEquals(200, plain.status());
        assertTrue(plain.body().startsWith("PK"), "a zip, as asked");
        assertEquals(403, member.postForm("/admin/backups/" + id + "/download", Map.of("_csrf", member.get("/").csrf(),
                "unencrypted", "yes")).status());
    }

    /** The restored site backs itself up: never backed up, it is due at once (the schedule looks 15 s after start). */
    private static void assertScheduledBackup(WebClient site, String adminToken) throws InterruptedException {
        for (int i = 0; i < 90; i++) {
            for (JsonObject b : site.json("GET", "/api/v1/admin/backups", null, adminToken).jsonArray()
                    .getValuesAs(JsonObject.class)) {
                if (b.getBoolean("scheduled") && b.getString("state").equals("done")) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the schedule took no backup within 90 s of the start");
    }

    private JsonObject awaitDone(long id) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            for (JsonObject b : api.json("GET", "/api/v1/admin/backups", null, admin).jsonArray().getValuesAs(JsonObject.class)) {
                if (b.getJsonNumber("id").longValue() == id && !b.getString("state").equals("running")) {
                    assertEquals("done", b.getString("state"), b.toString());
                    assertTrue(b.containsKey("createdAt") && b.containsKey("bytes"), b.toString());
                    return b;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("backup " + id + " did not finish within a minute");
    }

    private Path download(long id, String query, String passphrase, Path to) throws Exception {
        HttpRequest.Builder request = api.request("/api/v1/admin/backups/" + id + "/file" + query)
                .header("Authorization", "Bearer " + admin);
        if (passphrase != null) {
            request.header("Backup-Passphrase", passphrase);
        }
        HttpResponse<Path> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofFile(to, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE));
        assertEquals(200, response.statusCode());
        return to;
    }

    private Restore.Target otherDatabase() {
        Map<String, String> settings = DatabaseUnderTest.isPostgresql() ? Databases.h2("restore-it")
                : Databases.postgresql("qiao_restore_it");
        return new Restore.Target(settings.get("QIAO_DB_URL"), settings.getOrDefault("QIAO_DB_USER", "qiao"),
                settings.getOrDefault("QIAO_DB_PASSWORD", "qiao"));
    }

    private static Map<String, String> environment(Restore.Target target) {
        return Map.of("QIAO_DB_URL", target.url(), "QIAO_DB_USER", target.user(), "QIAO_DB_PASSWORD", target.password());
    }

    private static void assertRefused(Path archive, char[] passphrase, Restore.Target target, String why) {
        Restore.Refused refused = assertThrows(Restore.Refused.class,
                () -> Restore.restore(archive, passphrase, target, null, line -> { }));
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    /** A copy of the archive with one entry changed. */
    private static Path rewritten(Path archive, Path to, String entry, UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    out.write(e.getName().equals(entry)
                            ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
                }
                out.closeEntry();
            }
        }
        return to;
    }

    /** Every table of the archive holds exactly the same rows in the restored database. */
    private static void assertEveryRowRestored(Path archive, Restore.Target target) throws Exception {
        try (ArchiveReader reader = new ArchiveReader(archive); Connection c = target.connect()) {
            for (ArchiveReader.TableEntry table : reader.tables()) {
                List<String> archived = new ArrayList<>();
                reader.rows(table, values -> archived.add(canonical(table.columns(), values)));
                List<String> there = new ArrayList<>();
                String columns = String.join(", ", table.columns().stream().map(Column::name).toList());
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + table.name())) {
                    while (rs.next()) {
                        Object[] values = new Object[table.columns().size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = table.columns().get(i).read(rs, i + 1);
                        }
                        there.add(canonical(table.columns(), values));
                    }
                }
                archived.sort(null);
                there.sort(null);
                assertEquals(archived, there, "table " + table.name());
            }
        }
    }

    private static String canonical(List<Column> columns, Object[] values) {
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            row.put(columns.get(i).name(), v == null ? "null" : v instanceof String text && columns.get(i).type().equals("timestamptz")
                    ? java.time.OffsetDateTime.parse(text).toInstant().toString() : String.valueOf(v));
        }
        return row.toString();
    }

    private static JsonObject withoutViews(JsonObject thread) {
        return jakarta.json.Json.createObjectBuilder(thread).remove("views").build();
    }
}
