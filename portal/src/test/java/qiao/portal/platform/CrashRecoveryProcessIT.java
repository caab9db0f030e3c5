package qiao.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import qiao.portal.Databases;
import qiao.portal.QiaoProcess;
import qiao.portal.WebClient;

/**
 * Qiao as its own process, on H2 and on PostgreSQL: eight clients reply as fast as they can, the
 * JVM is killed (SIGKILL) in the middle, Qiao starts again, and every reply it acknowledged (201
 * with an id) is there, with counters that match the rows (even some spoilt while it was down: they are
 * repaired at start); page views are written on a graceful stop.
 */
class CrashRecoveryProcessIT {

    private static final int WRITERS = 8;
    private static final long WRITE_MILLIS = 8_000;
    private static final int PORT = 19280;

    /** One writer's thread and the replies Qiao acknowledged in it. */
    private record Writer(String token, long thread, ConcurrentLinkedQueue<Long> acknowledged) {
    }

    @Test
    void h2LosesNoAcknowledgedWriteWhenKilled() throws Exception {
        crashAndRecover("H2", Databases.h2("crash"), true);
    }

    @Test
    void postgresqlLosesNoAcknowledgedWriteWhenKilled() throws Exception {
        crashAndRecover("PostgreSQL", Databases.postgresql("qiao_crash"), false);
    }

    private static void crashAndRecover(String name, Map<String, String> database, boolean checkViews) throws Exception {
        try (QiaoProcess qiao = new QiaoProcess(database, PORT).start()) {
            WebClient api = new WebClient(qiao.base()).acceptLanguage("en");
            String admin = api.adminToken();
            String slug = WebClient.uniqueName("crash").toLowerCase();
            assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Crash\"}", admin).status());
            List<Writer> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String token = api.newMemberToken("writer");
                long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Writer " + i
                        + " thread\",\"body\":\"first\",\"kind\":\"discussion\"}", token).json().getJsonNumber("id").longValue();
                writers.add(new Writer(token, thread, new ConcurrentLinkedQueue<>()));
            }
            long viewed = writers.get(0).thread();
            for (int i = 0; i < 30; i++) {
                new WebClient(qiao.base()).get("/t/" + viewed);
            }
            Thread.sleep(7_000); // views are written every 5 s: these 30 are in the database now

            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> running = writers.stream().map(w -> Thread.ofPlatform().start(() -> write(qiao, w, writing))).toList();
            Thread.sleep(WRITE_MILLIS);
            qiao.kill();
            writing.set(false);
            for (Thread t : running) {
                t.join();
            }
            long acknowledged = writers.stream().mapToLong(w -> w.acknowledged().size()).sum();
            miscount(database, writers.get(1).thread());

            qiao.start();
            assertTrue(qiao.log().contains("Repaired"), "the counters spoiled while Qiao was down are repaired at start, and said so");
            long lost = 0;
            long posts = 0;
            for (Writer w : writers) {
                Set<Long> present = postIds(api, w.thread());
                posts += present.size();
                for (long id : w.acknowledged()) {
                    if (!present.contains(id)) {
                        lost++;
                    }
                }
                JsonObject listed = listed(api, slug, w.thread());
                assertEquals(present.size() - 1, listed.getInt("replies"), "the thread's reply count matches its posts");
            }
            JsonObject board = api.json("GET", "/api/v1/boards/" + slug, null, null).json().getJsonObject("board");
            System.out.printf("%s crash: %d replies acknowledged in %d s by %d clients, %d lost after SIGKILL and restart%n",
                    name, acknowledged, WRITE_MILLIS / 1000, WRITERS, lost);
            assertTrue(acknowledged > 50, "the writers got going: " + acknowledged);
            assertEquals(0, lost, "every acknowledged reply survives the crash");
            assertEquals(WRITERS, board.getInt("threads"), "the board counts its threads");
            assertEquals(posts, board.getInt("posts"), "and its posts");
            assertTrue(api.json("GET", "/api/v1/threads/" + viewed, null, null).json().getJsonNumber("views").longValue() >= 30,
                    "views written before the crash are kept");

            if (checkViews) {
                long before = api.json("GET", "/api/v1/threads/" + viewed, null, null).json().getJsonNumber("views").longValue();
                for (int i = 0; i < 25; i++) {
                    new WebClient(qiao.base()).get("/t/" + viewed);
                }
                qiao.stop();
                qiao.start();
                assertEquals(before + 25, api.json("GET", "/api/v1/threads/" + viewed, null, null).json()
                        .getJsonNumber("views").longValue(), "a graceful stop writes the views it counted in memory");
            }
        }
    }

    /** Spoils some counters while Qiao is down, as a hand edit (or a bug) might. */
    private static void miscount(Map<String, String> database, long thread) throws Exception {
        try (Connection c = DriverManager.getConnection(database.get("QIAO_DB_URL"), database.getOrDefault("QIAO_DB_USER", "qiao"),
                database.getOrDefault("QIAO_DB_PASSWORD", "qiao")); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE board SET post_count = post_count + 7, thread_count = thread_count + 1");
            s.executeUpdate("UPDATE thread SET reply_count = reply_count + 3, vote_count = 2 WHERE id = " + thread);
        }
    }

    private static void write(QiaoProcess qiao, Writer writer, AtomicBoolean writing) {
        WebClient client = new WebClient(qiao.base());
        while (writing.get()) {
            try {
                var page = client.raw(client.request("/api/v1/threads/" + writer.thread() + "/posts")
                        .header("Authorization", "Bearer " + writer.token()).header("Content-Type", "application/json")
                        .header("Accept", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .timeout(java.time.Duration.ofSeconds(10))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"body\":\"reply at " + System.nanoTime() + "\"}")));
                if (page.status() != 201) {
                    return;
                }
                writer.acknowledged().add(page.json().getJsonNumber("id").longValue());
            } catch (RuntimeException connectionLost) {
                return;
            }
        }
    }

    private static Set<Long> postIds(WebClient api, long thread) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonObject detail = api.json("GET", "/api/v1/threads/" + thread + "?page=" + page, null, null).json();
            detail.getJsonArray("posts").getValuesAs(JsonObject.class).forEach(p -> ids.add(p.getJsonNumber("id").longValue()));
            if (page + 1 >= detail.getInt("pages")) {
                return ids;
            }
        }
    }

    private static JsonObject listed(WebClient api, String slug, long thread) {
        String cursor = null;
        while (true) {
            JsonObject page = api.json("GET", "/api/v1/boards/" + slug + "/threads" + (cursor == null ? "" : "?cursor=" + cursor),
                    null, null).json();
            for (JsonObject t : page.getJsonArray("threads").getValuesAs(JsonObject.class)) {
                if (t.getJsonNumber("id").longValue() == thread) {
                    return t;
                }
            }
            if (page.isNull("next") || !page.containsKey("next")) {
                throw new AssertionError("thread " + thread + " not listed");
            }
            cursor = page.getString("next");
        }
    }
}
