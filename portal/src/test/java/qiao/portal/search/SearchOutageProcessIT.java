package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qiao.portal.Databases;
import qiao.portal.ElasticsearchNode;
import qiao.portal.QiaoProcess;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * Qiao as its own process, searching with a real Elasticsearch node: the node is stopped while people
 * keep posting (every post is taken; searches answer 503), started again, and then every post written
 * meanwhile is found, none twice. Staff-only content stays out of a visitor's results on this engine
 * too.
 */
class SearchOutageProcessIT {

    private static final int PORT = 19380;
    /** At most this many threads are written while the node is down: all of them fit the pages a search serves. */
    private static final int WRITES = 600;

    @Test
    void postsWrittenWhileElasticsearchIsDownAreFoundOnceItIsBack() throws Exception {
        ElasticsearchNode node = ElasticsearchNode.shared();
        try (QiaoProcess qiao = new QiaoProcess(Databases.h2("search-outage"), PORT).with("QIAO_SEARCH_URL", node.url().toString())
                .with("QIAO_SEARCH_PREFIX", WebClient.uniqueName("outage").toLowerCase()).start()) {
            WebClient api = new WebClient(qiao.base()).acceptLanguage("en");
            String admin = api.adminToken();
            String board = SearchProbe.board(api, admin, "EVERYONE");
            String staffOnly = SearchProbe.board(api, admin, "STAFF");
            String writer = api.newMemberToken("writer");
            String word = SearchProbe.word();
            List<Long> written = new ArrayList<>();
            written.add(SearchProbe.thread(api, writer, board, "停机之前" + word, "第一帖"));
            long internal = SearchProbe.thread(api, admin, staffOnly, "内部" + word, "只有客服能看");
            SearchProbe.until(api, null, word, r -> r.getJsonNumber("total").longValue() == 1, 60);
            assertTrue(api.json("GET", "/api/v1/admin/search", null, admin).json().getString("engine").startsWith("Elasticsearch 9.5.3"));
            SearchProbe.until(api, admin, word, SearchProbe.hits("thread", internal));

            node.stop();
            long stoppedAt = System.currentTimeMillis();
            while (System.currentTimeMillis() - stoppedAt < 8_000 && written.size() < WRITES) {
                written.add(SearchProbe.thread(api, writer, board, "停机期间第" + written.size() + "帖" + word, "照样发帖"));
            }
            Page unavailable = api.json("GET", "/api/v1/search?q=" + SearchProbe.enc(word), null, null);
            assertEquals(503, unavailable.status(), unavailable.body());
            assertTrue(unavailable.header("Retry-After").isPresent());
            JsonObject status = api.json("GET", "/api/v1/admin/search", null, admin).json();
            assertTrue(status.getJsonNumber("waiting").longValue() > 0, status.toString());
            assertTrue(status.containsKey("lastError"), "the admin page says why: " + status);
            assertEquals(200, new WebClient(qiao.base()).get("/t/" + written.get(0)).status(), "reading works on");

            node.start();
            long restartedAt = System.currentTimeMillis();
            SearchProbe.until(api, null, word, r -> r.getJsonNumber("total").longValue() == written.size(), 90);
            System.out.printf("Elasticsearch down for %d s: %d threads written meanwhile, all searchable %d ms after it came back%n",
                    (restartedAt - stoppedAt) / 1000, written.size() - 1, System.currentTimeMillis() - restartedAt);
            Set<Long> found = new HashSet<>();
            int hits = 0;
            for (int page = 1; page <= (written.size() + 19) / 20; page++) {
                Page results = api.json("GET", "/api/v1/search?sort=newest&page=" + page + "&q=" + SearchProbe.enc(word), null, null);
                assertEquals(200, results.status(), results.body());
                for (JsonObject hit : results.json().getJsonArray("hits").getValuesAs(JsonObject.class)) {
                    found.add(hit.getJsonNumber("id").longValue());
                    hits++;
                }
            }
            assertEquals(new HashSet<>(written), found, "every post written while it was down");
            assertEquals(written.size(), hits, "none twice");
            assertTrue(found.stream().noneMatch(id -> id == internal), "staff content stays out of a visitor's results");
            assertEquals(0, api.json("GET", "/api/v1/admin/search", null, admin).json().getJsonNumber("waiting").longValue());
        }
    }
}
