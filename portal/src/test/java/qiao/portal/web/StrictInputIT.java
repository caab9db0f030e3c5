package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * Input that is almost right is refused, not guessed at: the API answers 400 with a problem naming
 * the field, pages say what they did not understand and show the default, and nothing is changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    private String board() {
        String slug = WebClient.uniqueName("strict").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Strict\"}", admin).status());
        return slug;
    }

    private static String field(Page problem) {
        assertEquals(400, problem.status(), problem.body());
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void jsonMustBeOneCleanValue() {
        String slug = board();
        String start = "/api/v1/boards/" + slug + "/threads";
        assertEquals("body", field(api.json("POST", start,
                "{\"title\":\"Trailing stuff\",\"body\":\"x\",\"kind\":\"question\"} {\"more\":1}", admin)));
        assertEquals("body", field(api.json("POST", start,
                "{\"title\":\"Trailing stuff\",\"body\":\"x\",\"kind\":\"question\"}garbage", admin)));
        assertEquals("body", field(api.json("POST", start, "{\"title\":\"Lone half\",\"body\":\"a \\ud800 b\","
                + "\"kind\":\"question\"}", admin)), "a lone surrogate would be stored as ?");
        assertEquals("tags", field(api.json("POST", start, "{\"title\":\"Lone half\",\"body\":\"b\",\"kind\":\"question\","
                + "\"tags\":[\"ok\",\"\\udc00\"]}", admin)));
        assertEquals("kind", field(api.json("POST", start, "{\"title\":\"Null kind\",\"body\":\"x\",\"kind\":null}", admin)));
        assertEquals("kind", field(api.json("POST", start, "{\"title\":\"No kind\",\"body\":\"x\"}", admin)));
        assertEquals(0, api.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json().getJsonArray("threads")
                .size(), "nothing was started");
        assertEquals(201, api.json("POST", start, "{\"title\":\"A real pair 😀\",\"body\":\"ok \\ud83d\\ude00\","
                + "\"kind\":\"question\"}", admin).status(), "a proper pair is fine");
    }

    @Test
    void aNullListIsNotAnEmptyOne() {
        String slug = board();
        String name = new WebClient().signUp(WebClient.uniqueName("keeper"));
        assertEquals(200, api.json("PUT", "/api/v1/boards/" + slug + "/moderators", "{\"usernames\":[\"" + name + "\"]}",
                admin).status());
        assertEquals("usernames", field(api.json("PUT", "/api/v1/boards/" + slug + "/moderators", "{\"usernames\":null}",
                admin)));
        assertEquals("usernames", field(api.json("PUT", "/api/v1/boards/" + slug + "/moderators", "{}", admin)));
        JsonObject board = api.json("GET", "/api/v1/boards/" + slug, null, null).json();
        assertEquals(1, board.getJsonArray("moderators").size(), "the moderators are still there: " + board);
    }

    @Test
    void unknownListParametersAreRefusedByTheApiAndExplainedByPages() {
        String slug = board();
        String list = "/api/v1/boards/" + slug + "/threads";
        assertEquals("sort", field(api.json("GET", list + "?sort=hottest", null, null)));
        assertEquals("kind", field(api.json("GET", list + "?kind=poll", null, null)));
        assertEquals("solved", field(api.json("GET", list + "?solved=maybe", null, null)));
        assertEquals("status", field(api.json("GET", list + "?status=shipped", null, null)));
        assertEquals("cursor", field(api.json("GET", list + "?cursor=bm90LWEtY3Vyc29y", null, null)));
        assertEquals(200, api.json("GET", list + "?sort=&kind=&solved=&status=", null, null).status(), "empty means all");
        assertEquals("cursor", field(api.json("GET", "/api/v1/tags/x/threads?cursor=junk", null, null)));
        long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Sorted thread\",\"body\":\"x\","
                + "\"kind\":\"question\"}", admin).json().getJsonNumber("id").longValue();
        assertEquals("sort", field(api.json("GET", "/api/v1/threads/" + thread + "?sort=random", null, null)));

        Page page = new WebClient().acceptLanguage("en").get("/b/" + slug + "?sort=hottest&kind=poll&after=junk");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"refused-notice\"") && page.body().contains("Not one of the known orders.")
                && page.body().contains("Sorted thread"), "says so, and lists with the defaults");
        assertTrue(new WebClient().get("/t/" + thread + "?sort=random").body().contains("id=\"refused-notice\""));
    }
}
