package qiao.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * Plugins in a running portal, through the admin API and the pages, with no restart: installing, the effect on pages
 * and events, disabling, enabling, settings, upgrading and uninstalling; a plugin for another SDK refused; and a
 * plugin that throws, hangs, spins or allocates never breaking a page, until it is disabled with the reason shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginsIT {

    private static final Path PLUGINS = Path.of(System.getProperty("qiao.test.plugins", "target/test-plugins"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    @Test
    void theExamplePluginIsInstalledUsedDisabledEnabledUpgradedAndUninstalledWithoutARestart() throws IOException {
        byte[] hello = Files.readAllBytes(PLUGINS.resolve("hello.jar"));
        assertEquals(403, install(hello, api.newMemberToken("nosy")).status(), "only admins install");
        Page installed = install(hello, admin);
        assertEquals(200, installed.status(), installed.body());
        assertEquals("started", installed.json().getString("state"), installed.body());
        assertEquals("1.0.0", installed.json().getString("version"));
        assertTrue(list().body().contains("\"id\":\"hello\""));
        awaitPage("/p/hello/", body -> body.contains("Last heartbeat: 20"), "its job ran, once it started");
        JsonObject jobs = awaitStatus("hello", s -> present(job(s, "heartbeat"), "lastRunAt")
                && present(job(s, "nightly-tally"), "nextRunAt"), "its jobs' times");
        assertEquals("every PT1M", job(jobs, "heartbeat").getString("schedule"));
        JsonObject tally = job(jobs, "nightly-tally");
        assertEquals("cron 30 3 * * * Asia/Shanghai", tally.getString("schedule"));
        Instant nextTally = Instant.parse(tally.getString("nextRunAt"));
        assertEquals(LocalTime.of(3, 30), nextTally.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime(), "03:30 in Beijing");
        assertTrue(nextTally.isAfter(Instant.now()) && nextTally.isBefore(Instant.now().plus(Duration.ofDays(1))), tally.toString());
        assertFalse(present(tally, "lastRunAt"), "a cron job waits for its time: " + tally);
        assertTrue(getAs(admin, "/admin/plugins").body().contains("<code>cron 30 3 * * * Asia/Shanghai</code>"), "admins see the schedule");
        String stylesheet = "<link rel=\"stylesheet\" href=\"/p/hello/_static/hello.css\">";
        assertTrue(api.get("/p/hello/").body().contains(stylesheet), "its head fragment on its own page");
        assertFalse(api.get("/").body().contains(stylesheet), "and not elsewhere");
        Page css = api.get("/p/hello/_static/hello.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").orElse("").startsWith("text/css") && css.body().contains(".hello-card h1"), css.body());
        for (String refused : new String[] {"/p/hello/_static/../templates/hello.peb", "/p/hello/_static/hello.peb",
                "/p/hello/_static/%2e%2e/plugin.properties", "/p/hello/_static/missing.css", "/p/hello/_static/qiao/example/Heartbeat.class"}) {
            int status = api.get(refused).status();
            assertTrue(status == 404 || status == 400 && refused.contains("%2e"), refused + ": " + status);
        }

        long thread = thread();
        String member = api.newMemberToken("talker");
        assertTrue(api.get("/t/" + thread).body().contains("你好 · hello v1.0.0 · 0 replies heard"), "the slot under the question");
        reply(thread, member);
        awaitPage("/t/" + thread, body -> body.contains("你好 · hello v1.0.0 · 1 replies heard"), "the listener heard the reply");
        awaitPage("/t/" + thread, body -> body.contains("id=\"plugin-note-hello\">hello 插件听到了这个帖子的第一条回复。"),
                "its system note under the question");
        Page count = api.get("/p/hello/count");
        assertEquals(200, count.status(), count.body());
        assertEquals(1, count.json().getInt("replies"));

        Page bad = api.json("PUT", "/api/v1/admin/plugins/hello/settings", "{\"greeting\":\"a\\nb\",\"nope\":\"x\"}", admin);
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"greeting\"") && bad.body().contains("\"field\":\"nope\""), bad.body());
        WebClient adminPages = new WebClient().acceptLanguage("en");
        adminPages.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page refused = adminPages.submit("/admin/plugins", "/admin/plugins/hello/settings", Map.of("greeting", "x".repeat(201)));
        assertEquals(400, refused.status(), "the settings form refuses, on the page");
        assertTrue(refused.body().contains("id=\"setting-hello-greeting-help\""), refused.body());
        assertEquals(303, adminPages.submit("/admin/plugins", "/admin/plugins/hello/settings", Map.of("greeting", "你好呀")).status());
        assertTrue(api.get("/t/" + thread).body().contains("你好呀 · hello v1.0.0"), "the settings form saves");
        Page saved = api.json("PUT", "/api/v1/admin/plugins/hello/settings", "{\"greeting\":\"<b>Hi</b>\"}", admin);
        assertEquals(200, saved.status(), saved.body());
        String page = api.get("/t/" + thread).body();
        assertTrue(page.contains("&lt;b&gt;Hi&lt;/b&gt; · hello v1.0.0"), "settings apply at once, escaped");

        assertEquals("disabled", api.json("POST", "/api/v1/admin/plugins/hello/disable", "", admin).json().getString("state"));
        assertEquals(404, api.get("/p/hello/count").status(), "a disabled plugin has no routes");
        assertFalse(api.get("/t/" + thread).body().contains("hello v1.0.0"), "nor slots");
        assertEquals(404, api.get("/p/hello/_static/hello.css").status(), "nor files");
        reply(thread, member);
        assertEquals("started", api.json("POST", "/api/v1/admin/plugins/hello/enable", "", admin).json().getString("state"));
        assertEquals(1, api.get("/p/hello/count").json().getInt("replies"), "a disabled plugin hears nothing");

        Page upgraded = install(withManifest(hello, Map.of("Plugin-Version", "1.1.0")), admin);
        assertEquals("1.1.0", upgraded.json().getString("version"), upgraded.body());
        assertEquals("started", upgraded.json().getString("state"));
        awaitPage("/t/" + thread, body -> body.contains("&lt;b&gt;Hi&lt;/b&gt; · hello v1.1.0 · 1 replies heard"),
                "the new version runs with the old settings and records");

        assertEquals(400, api.json("DELETE", "/api/v1/admin/plugins/hello?data=maybe", null, admin).status());
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/hello?data=keep", null, admin).status());
        assertEquals(404, api.get("/p/hello/count").status());
        assertEquals(200, install(hello, admin).status());
        assertEquals(1, api.get("/p/hello/count").json().getInt("replies"), "data=keep kept its records");
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/hello?data=delete", null, admin).status());
        assertEquals(200, install(hello, admin).status());
        assertEquals(0, api.get("/p/hello/count").json().getInt("replies"), "data=delete removed them");
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/hello?data=delete", null, admin).status());
    }

    @Test
    void aPluginForAnotherSdkIsRefusedWithAClearMessageAndNotAFileAtAll() throws IOException {
        byte[] future = withManifest(Files.readAllBytes(PLUGINS.resolve("hello.jar")),
                Map.of("Plugin-Id", "hello-future", "Plugin-Requires", ">=2.0.0"));
        Page installed = install(future, admin);
        assertEquals("incompatible", installed.json().getString("state"), installed.body());
        assertTrue(installed.json().getString("lastError").contains("needs SDK >=2.0.0; this portal has SDK 1."), installed.body());
        assertTrue(getAs(admin, "/admin/plugins").body().contains("state-incompatible"));
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/hello-future", null, admin).status());

        Page junk = install("not a plugin".getBytes(), admin);
        assertEquals(400, junk.status(), junk.body());
        assertTrue(junk.body().contains("\"field\":\"file\""), junk.body());
    }

    @Test
    void aMisbehavingPluginNeverBreaksAPageAndIsDisabledWithTheReasonShown() throws IOException {
        assertEquals(200, install(Files.readAllBytes(PLUGINS.resolve("troublemaker.jar")), admin).status());
        awaitPage("/", body -> body.contains("troublemaker ok"), "the slot renders while it behaves");
        for (String mode : new String[] {"throw", "hang", "spin", "allocate"}) {
            assertEquals(200, api.json("POST", "/api/v1/admin/plugins/troublemaker/enable", "", admin).status());
            Page set = api.json("PUT", "/api/v1/admin/plugins/troublemaker/settings", "{\"mode\":\"" + mode + "\"}", admin);
            assertEquals(200, set.status(), set.body());
            long thread = thread();
            for (int i = 0; i < 6; i++) {
                long started = System.nanoTime();
                Page home = api.get("/");
                assertEquals(200, home.status(), mode + ": the page renders");
                assertFalse(home.body().contains("troublemaker ok"), mode);
                assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000, mode + ": within the slot's time box");
                assertEquals(201, reply(thread, admin).status(), mode + ": writes go on");
            }
            JsonObject status = awaitStatus("troublemaker", s -> s.getString("state").equals("disabled"), mode + " disables it");
            assertTrue(status.getString("disabledReason").contains("failures in a row"), status.toString());
            assertTrue(status.getInt("failures") >= 5, status.toString());
            assertFalse(api.get("/").body().contains("troublemaker"), "a disabled plugin's slot is gone at once");
        }
        Page notices = getAs(admin, "/notifications");
        assertTrue(notices.body().contains("troublemaker") && notices.body().contains("href=\"/admin/plugins\""), "admins are told");
        Page adminPage = getAs(admin, "/admin/plugins");
        assertTrue(adminPage.body().contains("id=\"plugin-troublemaker-reason\""), "the admin page says why");
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/troublemaker?data=delete", null, admin).status());
    }

    @Test
    void aFailingListenersEventsWaitInOrderThenAreParkedForAdminsToRetryOrDiscard() throws IOException {
        String id = "troublemaker-events";
        assertEquals(200, install(withManifest(Files.readAllBytes(PLUGINS.resolve("troublemaker.jar")), Map.of("Plugin-Id", id)), admin).status());
        mode(id, "flaky-listener");
        long flaky = thread();
        reply(flaky, admin);
        reply(flaky, admin);
        assertEquals(List.of("ThreadStarted " + flaky, "PostPublished " + flaky, "PostPublished " + flaky),
                awaitHeard(id, flaky, 3), "the new thread's event failed three times, and the replies waited behind it");

        mode(id, "failing-listener");
        long failing = thread();
        reply(failing, admin);
        JsonObject parked = awaitParked(id, "PostPublished", failing);
        assertEquals(8, parked.getInt("attempts"), parked.toString());
        assertTrue(parked.getString("lastError").contains("fails on purpose"), parked.toString());
        assertEquals("started", awaitStatus(id, s -> true, "its state").getString("state"),
                "a listener's failures park events, they do not disable the plugin");
        assertEquals(403, getAs(api.newMemberToken("peeker"), "/api/v1/admin/plugins/" + id + "/events/parked").status());
        String adminPage = getAs(admin, "/admin/plugins").body();
        assertTrue(adminPage.contains("id=\"plugin-" + id + "-parked\"") && adminPage.contains("fails on purpose"), "admins see them");

        mode(id, "none");
        Page retried = api.json("POST", "/api/v1/admin/plugins/" + id + "/events/parked/retry", "", admin);
        assertEquals(200, retried.status(), retried.body());
        assertTrue(retried.json().getInt("retried") >= 2, retried.body());
        assertEquals(List.of("ThreadStarted " + failing, "PostPublished " + failing), awaitHeard(id, failing, 2), "delivered in their order");
        assertEquals(0, awaitStatus(id, s -> s.getInt("parkedEvents") == 0, "none left parked").getInt("parkedEvents"));

        mode(id, "failing-listener");
        long dropped = thread();
        awaitParked(id, "ThreadStarted", dropped);
        Page discarded = api.json("DELETE", "/api/v1/admin/plugins/" + id + "/events/parked", null, admin);
        assertTrue(discarded.json().getInt("discarded") >= 1, discarded.body());
        mode(id, "none");
        reply(dropped, admin);
        assertEquals(List.of("PostPublished " + dropped), awaitHeard(id, dropped, 1), "a discarded event never comes");
        assertEquals(204, api.json("DELETE", "/api/v1/admin/plugins/" + id + "?data=delete", null, admin).status());
    }

    /** The parked event of that type about that thread, once there is one (the last of 8 attempts takes about 6 s). */
    private JsonObject awaitParked(String id, String type, long thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            Page parked = api.json("GET", "/api/v1/admin/plugins/" + id + "/events/parked", null, admin);
            assertEquals(200, parked.status(), parked.body());
            body = parked.body();
            var found = parked.jsonArray().getValuesAs(JsonObject.class).stream().filter(e -> e.getString("type").equals(type)
                    && e.getString("payload").contains("\"threadId\":" + thread)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError(type + " of thread " + thread + " never parked: " + body);
    }

    private void mode(String id, String mode) {
        Page set = api.json("PUT", "/api/v1/admin/plugins/" + id + "/settings", "{\"mode\":\"" + mode + "\"}", admin);
        assertEquals(200, set.status(), set.body());
    }

    /** What the troublemaker heard about one thread, in order, once it heard {@code count} such events. */
    private List<String> awaitHeard(String id, long thread, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> heard = List.of();
        while (System.nanoTime() < deadline) {
            Page page = api.get("/p/" + id + "/");
            if (page.status() == 200) {
                heard = page.json().getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).filter(e -> e.endsWith(" " + thread)).toList();
                if (heard.size() >= count) {
                    return heard;
                }
            }
            sleep();
        }
        throw new AssertionError("heard about thread " + thread + ": " + heard);
    }

    @Test
    void theBundledGreetingsPluginRunsAndItsPreviewIsForStaffOnly() {
        // the test server starts no bundled plugin by itself (QIAO_BUNDLED_PLUGINS=none)
        JsonObject bundled = awaitStatus("greetings", s -> s.getBoolean("bundled"), "bundled with the site");
        assertEquals("disabled", bundled.getString("state"), bundled.toString());
        assertEquals("started", api.json("POST", "/api/v1/admin/plugins/greetings/enable", "", admin).json().getString("state"));
        String staff = api.token(api.newMemberWithRole("staff"), WebClient.PASSWORD);
        Page preview = getAs(staff, "/p/greetings/preview?date=2027-02-06&lang=zh-CN&format=json");
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("春节"), preview.body());
        assertEquals(403, getAs(api.newMemberToken("curious"), "/p/greetings/preview?date=2027-02-06").status());
        assertEquals(400, getAs(staff, "/p/greetings/preview?date=2027-02-31&lang=en").status());
        assertEquals(200, getAs(staff, "/p/greetings/").status(), "a plugin's own root page");
        Page anonymous = new WebClient().get("/p/greetings/");
        assertEquals(303, anonymous.status(), "signed in only: a visitor is sent to sign in");
        assertTrue(anonymous.location().contains("/signin?next="), anonymous.location());
        String own = getAs(staff, "/").body().replaceAll("(?s).*?<html lang=\"([^\"]+)\".*", "$1");
        String other = own.equals("en") ? "zh-CN" : "en";
        Page page = getAs(staff, "/p/greetings/preview?date=2027-10-01&lang=" + other);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("greeting-banner") && page.body().contains("lang=\"" + other + "\""), page.body());
        assertTrue(page.body().contains("<html lang=\"" + own + "\""), "the page keeps the staff member's language");
        birthdayGreetingIsSentOnceAndToNobodyElse();
        assertEquals("disabled", api.json("POST", "/api/v1/admin/plugins/greetings/disable", "", admin).json().getString("state"));
    }

    /** A person who opts in on their birthday is greeted at once; asking again, or the job's next run, greets no more. */
    private void birthdayGreetingIsSentOnceAndToNobodyElse() {
        WebClient member = new WebClient().acceptLanguage("en");
        String name = member.signUp(WebClient.uniqueName("bday"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().substring(5);
        Map<String, String> profile = new java.util.LinkedHashMap<>(Map.of("displayName", "寿星 " + name, "email", name + "@example.com",
                "timeZone", "UTC", "language", "en", "theme", "", "birthday", "1990-" + today, "bio", ""));
        assertEquals(303, member.submit("/profile", "/profile", profile).status());
        assertEquals(400, member.submit("/p/greetings/", "/p/greetings/", Map.of("birthday", "someday")).status(), "a bad choice");
        for (String action : new String[] {"/p/greetings/?birthday=off", "/p/greetings/"}) {
            // the query's "off" is not the form's choice: the first save already greets
            Page saved = member.submit("/p/greetings/", action, Map.of("birthday", "gregorian", "month", "1", "day", "1"));
            assertEquals(303, saved.status(), saved.body());
            String inbox = member.json("GET", "/api/v1/notifications", null, null).body();
            assertEquals(1, inbox.split("Happy birthday", -1).length - 1, action + ": " + inbox);
            assertTrue(inbox.contains("\"kind\":\"plugin\"") && inbox.contains("寿星"), inbox);
        }
        WebClient other = new WebClient();
        other.signUp(WebClient.uniqueName("other"));
        assertFalse(other.json("GET", "/api/v1/notifications", null, null).body().contains("寿星"), "nobody else hears of it");
    }

    private Page install(byte[] file, String token) {
        return api.raw(api.request("/api/v1/admin/plugins").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private Page getAs(String token, String path) {
        return api.raw(api.request(path).header("Authorization", "Bearer " + token).GET());
    }

    private Page list() {
        return api.json("GET", "/api/v1/admin/plugins", null, admin);
    }

    private long thread() {
        String slug = WebClient.uniqueName("pl").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", Json.createObjectBuilder().add("slug", slug).add("name", "插件 " + slug)
                .build().toString(), admin).status());
        Page started = api.json("POST", "/api/v1/boards/" + slug + "/threads", Json.createObjectBuilder().add("title", "插件问题 " + slug)
                .add("body", "插件怎么装？").add("kind", "question").build().toString(), admin);
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("id").longValue();
    }

    private Page reply(long thread, String token) {
        return api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"装好了，谢谢。\"}", token);
    }

    private void awaitPage(String path, Predicate<String> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = api.get(path).body();
            if (condition.test(body)) {
                return;
            }
            sleep();
        }
        throw new AssertionError(what + ": " + body);
    }

    private JsonObject awaitStatus(String id, Predicate<JsonObject> condition, String what) {
        return awaitStatus(id, condition, Duration.ofSeconds(30), what);
    }

    private JsonObject awaitStatus(String id, Predicate<JsonObject> condition, Duration patience, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonObject status = null;
        while (System.nanoTime() < deadline) {
            Page page = api.json("GET", "/api/v1/admin/plugins/" + id, null, admin);
            if (page.status() == 200) {
                status = page.json();
                if (condition.test(status)) {
                    return status;
                }
            }
            sleep();
        }
        throw new AssertionError(what + ": " + status);
    }

    private static JsonObject job(JsonObject status, String name) {
        return status.getJsonArray("jobs").getValuesAs(JsonObject.class).stream().filter(j -> j.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no job " + name + ": " + status));
    }

    private static boolean present(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The same plugin with some manifest entries changed: another version, id or SDK range. */
    static byte[] withManifest(byte[] jar, Map<String, String> changes) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar)); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Manifest manifest = new Manifest(in.getManifest());
            changes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }
}
