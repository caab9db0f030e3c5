package qiao.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qiao.portal.Databases;
import qiao.portal.QiaoProcess;
import qiao.portal.WebClient;

/**
 * The greetings plugin as operators run it: two Qiao processes on one PostgreSQL database, both running the greetings
 * job, one of them killed (SIGKILL) while the job greets everyone again and started again. Every person gets each
 * occasion's greeting exactly once: none twice, none missed, the first text kept; and a banner closed on one node
 * stays closed on the other and after the restart.
 */
class GreetingsProcessIT {

    private static final int PORT_A = 19290;
    private static final int PORT_B = 19291;
    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern DISMISS_KEY = Pattern.compile("action=\"/p/greetings/_dismiss\".*?name=\"key\" value=\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void everyoneIsGreetedOncePerOccasionAcrossTwoNodesAKillAndARestart() throws Exception {
        Map<String, String> database = Databases.postgresql("qiao_greetings");
        LocalDate today = LocalDate.now(SITE_ZONE);
        String occasion = "greeting/day:qiao-day/" + today.getYear();
        try (QiaoProcess a = new QiaoProcess(database, PORT_A).start();
                QiaoProcess b = new QiaoProcess(database, PORT_B, "qiao-fault-b").start()) {
            Map<String, QiaoProcess> nodes = Map.of("qiao-fault", a, "qiao-fault-b", b);
            List<String> members = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                members.add(new WebClient((i % 2 == 0 ? a : b).base()).signUp(WebClient.uniqueName("greeted")));
            }
            WebClient api = new WebClient(a.base());
            assertEquals(200, api.json("POST", "/api/v1/admin/plugins/greetings/enable", "", api.adminToken()).status());
            WebClient other = new WebClient(b.base());
            String otherAdmin = other.adminToken();
            awaitTrue(Duration.ofSeconds(10), () -> other.json("GET", "/api/v1/admin/plugins/greetings", null, otherAdmin).json()
                    .getString("state").equals("started"), "node B follows node A within seconds");
            String siteDay = "qiao-day|" + today.format(DateTimeFormatter.ofPattern("MM-dd")) + "|桥日|Qiao Day";
            settings(b, "{\"site-days\":\"" + siteDay + "\"}");
            awaitTrue(Duration.ofSeconds(60), () -> greeted(database, occasion).size() == accounts(database),
                    "everyone is greeted soon after the day is added, without waiting for the job's five minutes");
            Map<Long, String> first = greeted(database, occasion);
            assertTrue(first.values().stream().allMatch(text -> text.contains("桥日") && text.contains("祝您")), first.toString());

            WebClient reader = new WebClient(a.base());
            reader.signIn(members.get(0), WebClient.PASSWORD);
            // node B took the new day at once; node A follows within its 2 s poll, and may not have yet
            awaitTrue(Duration.ofSeconds(10), () -> reader.get("/").body().contains("greeting-banner"), "the day's banner shows on node A");
            String home = reader.get("/").body();
            Matcher key = DISMISS_KEY.matcher(home);
            assertTrue(key.find(), "with a close button");
            Matcher csrf = CSRF.matcher(home);
            assertTrue(csrf.find());
            assertEquals(303, reader.postForm("/p/greetings/_dismiss", Map.of("_csrf", csrf.group(1), "key", key.group(1), "back", "/"))
                    .status());
            assertFalse(reader.get("/").body().contains("greeting-banner"), "closed on node A");
            assertFalse(signedIn(b, members.get(0)).get("/").body().contains("greeting-banner"), "and so on node B");

            settings(a, "{\"message.zh-CN\":\"{name}，{occasion}好！\"}");
            String killed = holderOfTheGreetJob(database).orElse("qiao-fault");
            QiaoProcess victim = nodes.get(killed);
            victim.kill();
            victim.start();
            for (int i = 0; i < 5; i++) {
                members.add(new WebClient(victim.base()).signUp(WebClient.uniqueName("later")));
            }
            settings(victim, "{\"message.en\":\"{occasion}, {name}!\"}");
            // the killed node's lease on the job runs out (30 s, no longer renewed) before the job can run again
            awaitTrue(Duration.ofSeconds(180), () -> greeted(database, occasion).size() == accounts(database),
                    "the people who came after the restart are greeted too");
            Thread.sleep(3_000);

            Map<Long, String> last = greeted(database, occasion);
            assertEquals(accounts(database), last.size(), "everyone has the day's greeting");
            first.forEach((account, text) -> assertEquals(text, last.get(account), "a greeting is sent once and kept as it was"));
            assertTrue(last.entrySet().stream().filter(e -> !first.containsKey(e.getKey())).allMatch(e -> e.getValue().contains("好！")),
                    "those greeted later get the message of their time");
            assertEquals(0, duplicates(database), "nobody has a greeting twice");
            assertFalse(signedIn(victim, members.get(0)).get("/").body().contains("greeting-banner"), "the closed banner stays closed "
                    + "on the restarted node " + killed);
            assertTrue(signedIn(victim, members.get(members.size() - 1)).get("/").body().contains("greeting-banner"),
                    "and still shows to who has not closed it");
            System.out.printf("Greetings: %d people greeted once each by two nodes; %s was killed after a settings change and "
                    + "started again%n", last.size(), killed);
        }
    }

    private static void settings(QiaoProcess node, String json) {
        WebClient api = new WebClient(node.base());
        WebClient.Page saved = api.json("PUT", "/api/v1/admin/plugins/greetings/settings", json, api.adminToken());
        assertEquals(200, saved.status(), saved.body());
    }

    private static WebClient signedIn(QiaoProcess node, String username) {
        WebClient client = new WebClient(node.base());
        assertEquals(303, client.signIn(username, WebClient.PASSWORD).status());
        return client;
    }

    /** The node holding the greet job's lease within a few seconds of a settings change, by its server's name. */
    private static Optional<String> holderOfTheGreetJob(Map<String, String> database) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> holders = strings(database, "SELECT holder FROM job_lease WHERE name = 'plugin-job:greetings:greet' "
                    + "AND held_until > CURRENT_TIMESTAMP");
            if (!holders.isEmpty()) {
                String[] parts = holders.get(0).split("/");
                return Optional.of(parts[parts.length - 2]);
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }

    private static Map<Long, String> greeted(Map<String, String> database, String occasion) {
        Map<Long, String> texts = new HashMap<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(
                "SELECT account_id, subject FROM notification WHERE plugin_id = 'greetings' AND once_key = ?")) {
            s.setString(1, occasion);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    private static int accounts(Map<String, String> database) {
        return Integer.parseInt(strings(database, "SELECT COUNT(*) FROM account").get(0));
    }

    private static int duplicates(Map<String, String> database) {
        return Integer.parseInt(strings(database, "SELECT COUNT(*) FROM (SELECT account_id, once_key FROM notification "
                + "WHERE plugin_id = 'greetings' GROUP BY account_id, once_key HAVING COUNT(*) > 1) twice").get(0));
    }

    private static List<String> strings(Map<String, String> database, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("QIAO_DB_URL"), database.get("QIAO_DB_USER"), database.get("QIAO_DB_PASSWORD"));
    }

    private static void awaitTrue(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(250);
        }
    }
}
