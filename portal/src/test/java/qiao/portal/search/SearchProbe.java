package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * What tests of search need: boards and threads with words nobody else wrote, and searches repeated until
 * the background indexer has caught up.
 */
public final class SearchProbe {

    private SearchProbe() {
    }

    /** Four Chinese characters nobody else writes: a word only this test's content has. */
    public static String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.appendCodePoint(ThreadLocalRandom.current().nextInt(0x5000, 0x9000));
        }
        return word.toString();
    }

    public static String board(WebClient api, String admin, String read) {
        String slug = WebClient.uniqueName("s").toLowerCase();
        Page created = api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"搜索 " + slug + "\",\"read\":\"" + read
                + "\"}", admin);
        assertEquals(201, created.status(), created.body());
        return slug;
    }

    public static long thread(WebClient api, String token, String board, String title, String body) {
        Page page = api.json("POST", "/api/v1/boards/" + board + "/threads", "{\"title\":\"" + title + "\",\"body\":\"" + body
                + "\",\"kind\":\"question\"}", token);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    public static JsonObject search(WebClient api, String token, String query) {
        Page page = api.json("GET", "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, token);
        assertEquals(200, page.status(), page.body());
        return page.json();
    }

    /** Searches until the answer is as wanted (the indexer works in the background); how long it took. */
    public static long until(WebClient api, String token, String query, Predicate<JsonObject> wanted) {
        return until(api, token, query, wanted, 10);
    }

    public static long until(WebClient api, String token, String query, Predicate<JsonObject> wanted, int seconds) {
        long start = System.nanoTime();
        JsonObject last = null;
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            last = search(api, token, query);
            if (wanted.test(last)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Search for " + query + " did not answer as expected within " + seconds + " s; last: " + last);
    }

    public static Predicate<JsonObject> hits(String kind, long id) {
        return r -> r.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .anyMatch(h -> h.getString("kind").equals(kind) && h.getJsonNumber("id").longValue() == id);
    }

    public static Predicate<JsonObject> none() {
        return r -> r.getJsonNumber("total").longValue() == 0 && r.getJsonArray("hits").isEmpty();
    }

    public static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
