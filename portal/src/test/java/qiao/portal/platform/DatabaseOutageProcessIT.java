package qiao.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import qiao.portal.Databases;
import qiao.portal.QiaoProcess;
import qiao.portal.TcpProxy;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * PostgreSQL taken away for 30 s while clients write and read: writes answer 503 problem details in
 * bounded time (never a 500, never a hung request), a page keeps what its form carried, readiness goes
 * down and up again, and Qiao recovers by itself when the database is back.
 */
class DatabaseOutageProcessIT {

    private static final int PORT = 19380;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** No request may take longer than this, outage or not. */
    private static final long BOUND_MILLIS = 15_000;

    /** One answer: when it was asked (ms since the start), what came back, how long it took. */
    private record Answer(long at, int status, long millis, String type, String retryAfter) {
    }

    @Test
    void writesAnswer503WhileTheDatabaseIsAwayAndWorkAgainWhenItIsBack() throws Exception {
        try (TcpProxy proxy = new TcpProxy(5432);
                QiaoProcess qiao = new QiaoProcess(Databases.postgresql("qiao_outage", proxy.port(),
                        "&connectTimeout=5&socketTimeout=10"), PORT).start()) {
            WebClient api = new WebClient(qiao.base()).acceptLanguage("en");
            String admin = api.adminToken();
            String slug = WebClient.uniqueName("outage").toLowerCase();
            assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Outage\"}", admin).status());
            long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Busy thread\",\"body\":\"x\","
                    + "\"kind\":\"discussion\"}", admin).json().getJsonNumber("id").longValue();
            List<String> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                writers.add(api.newMemberToken("outage"));
            }
            WebClient browser = new WebClient(qiao.base()).acceptLanguage("en");
            browser.signUp(WebClient.uniqueName("typist"));
            String csrf = browser.get("/t/" + thread).csrf();

            long started = System.nanoTime();
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (String token : writers) {
                load.add(Thread.ofPlatform().start(() -> {
                    WebClient client = new WebClient(qiao.base()).acceptLanguage("en");
                    while (running.get()) {
                        answers.add(timed(started, () -> client.raw(client.request("/api/v1/threads/" + thread + "/posts")
                                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"while the database comes and goes\"}")))));
                        pause(100);
                    }
                }));
            }
            load.add(Thread.ofPlatform().start(() -> {
                WebClient reader = new WebClient(qiao.base());
                while (running.get()) {
                    answers.add(timed(started, () -> reader.get("/t/" + thread)));
                    pause(200);
                }
            }));

            pause(3_000);
            long cutAt = millis(started);
            proxy.cut();
            pause(3_000);
            Page ready = api.get("/health/ready");
            Page form = browser.postForm("/t/" + thread + "/reply", Map.of("_csrf", csrf, "body", "Typed while it was down",
                    "key", UUID.randomUUID().toString()));
            pause(OUTAGE.toMillis() - 3_000);
            long restoredAt = millis(started);
            proxy.restore();
            long recoveredAt = -1;
            for (long waited = 0; waited < 30_000 && recoveredAt < 0; waited += 500) {
                pause(500);
                recoveredAt = answers.stream().filter(a -> a.at() > restoredAt && a.status() == 201).mapToLong(Answer::at)
                        .min().orElse(-1);
            }
            pause(2_000);
            running.set(false);
            for (Thread t : load) {
                t.join();
            }
            Page readyAgain = api.get("/health/ready");

            List<Answer> during = answers.stream().filter(a -> a.at() > cutAt + 1_000 && a.at() + a.millis() < restoredAt).toList();
            long refused = during.stream().filter(a -> a.status() == 503).count();
            long slowest = answers.stream().mapToLong(Answer::millis).max().orElse(0);
            List<Answer> errors = answers.stream().filter(a -> a.status() >= 500 && a.status() != 503 || a.status() < 0).toList();
            System.out.printf("PostgreSQL outage of %d s: %d requests, %d answered 503 during it (%s), slowest %d ms, "
                    + "writes again %d ms after the database came back, other errors %d%n", OUTAGE.toSeconds(),
                    answers.size(), refused, during.stream().map(a -> String.valueOf(a.status())).distinct().toList(), slowest,
                    recoveredAt - restoredAt, errors.size());

            answers.stream().filter(a -> a.millis() > 5_000).forEach(a -> System.out.println("  slow: " + a));
            assertTrue(errors.isEmpty(), "never a 500 or a broken connection: " + errors);
            assertTrue(slowest < BOUND_MILLIS, "no request took longer than the bound: " + slowest + " ms");
            assertTrue(refused > 10, "writes during the outage answered 503: " + refused);
            assertTrue(during.stream().filter(a -> a.status() == 503 && a.type() != null && a.type().contains("problem+json"))
                    .allMatch(a -> "5".equals(a.retryAfter())), "as problem details saying when to try again");
            assertEquals(503, ready.status(), "not ready while the database is away");
            assertEquals(503, form.status());
            assertTrue(form.body().contains("Typed while it was down") && form.body().contains("id=\"form-retry\""),
                    "the page keeps what the form carried, to send again: " + form.body());
            assertTrue(recoveredAt > 0, "writes work again without a restart");
            assertEquals(200, readyAgain.status(), "ready again");
        }
    }

    private interface Request {
        Page send();
    }

    private static Answer timed(long started, Request request) {
        long at = millis(started);
        long t0 = System.nanoTime();
        try {
            Page page = request.send();
            return new Answer(at, page.status(), (System.nanoTime() - t0) / 1_000_000, page.header("Content-Type").orElse(null),
                    page.header("Retry-After").orElse(null));
        } catch (RuntimeException broken) {
            return new Answer(at, -1, (System.nanoTime() - t0) / 1_000_000, broken.toString(), null);
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
