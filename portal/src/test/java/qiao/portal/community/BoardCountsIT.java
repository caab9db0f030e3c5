package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;

/** A board's thread and post counts stay exact when many people write at once, and through deletes and restores. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardCountsIT {

    private static final int WRITERS = 8;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("zh-CN");

    @Test
    void everyThreadAndPostCountsEvenWhenWrittenAtOnce() throws Exception {
        String slug = WebClient.uniqueName("cnt").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"计数\"}",
                api.adminToken()).status());
        List<String> writers = java.util.stream.IntStream.range(0, WRITERS).mapToObj(i -> api.newMemberToken("counter")).toList();

        List<Long> threads = all(writers.stream().map(token -> (Callable<Long>) () -> id(new WebClient().json("POST",
                "/api/v1/boards/" + slug + "/threads", "{\"title\":\"同时开的帖子\",\"body\":\"并发计数\",\"kind\":\"discussion\"}", token))).toList());
        long busy = threads.get(0);
        List<Long> replies = all(writers.stream().map(token -> (Callable<Long>) () -> id(new WebClient().json("POST",
                "/api/v1/threads/" + busy + "/posts", "{\"body\":\"同时回复\"}", token))).toList());
        assertCounts(slug, WRITERS, 2 * WRITERS, "every thread and reply written at the same moment counts");

        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + replies.get(0), null, writers.get(0)).status());
        assertCounts(slug, WRITERS, 2 * WRITERS - 1, "a deleted reply stops counting");
        long opening = api.json("GET", "/api/v1/threads/" + busy, null, null).json().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + opening, null, writers.get(0)).status());
        assertCounts(slug, WRITERS - 1, WRITERS - 1, "a deleted thread takes its live posts with it, leaving the other openings");

        assertEquals(200, api.json("POST", "/api/v1/posts/" + opening + "/restore", null, api.adminToken()).status());
        assertEquals(200, api.json("POST", "/api/v1/posts/" + opening + "/restore", null, api.adminToken()).status());
        assertCounts(slug, WRITERS, 2 * WRITERS - 1, "a restored thread brings them back, once");
        assertEquals(200, api.json("POST", "/api/v1/posts/" + replies.get(0) + "/restore", null, api.adminToken()).status());
        assertCounts(slug, WRITERS, 2 * WRITERS, "and so does a restored reply");
    }

    private void assertCounts(String slug, int threads, int posts, String why) {
        JsonObject board = api.json("GET", "/api/v1/boards/" + slug, null, null).json().getJsonObject("board");
        assertEquals(threads, board.getInt("threads"), why + " (threads)");
        assertEquals(posts, board.getInt("posts"), why + " (posts)");
    }

    private static long id(WebClient.Page created) {
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<Long> all(List<Callable<Long>> writes) throws Exception {
        try (var pool = Executors.newFixedThreadPool(writes.size())) {
            List<Long> ids = new java.util.ArrayList<>();
            for (Future<Long> done : pool.invokeAll(writes)) {
                ids.add(done.get());
            }
            return ids;
        }
    }
}
