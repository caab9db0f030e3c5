package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** Feedback and suggestions: statuses with notes that reach every voter, and merging duplicates. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuggestionsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private String board() {
        String slug = WebClient.uniqueName("fb").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"反馈与建议\"}", api.adminToken()).status());
        return slug;
    }

    private long suggestion(String slug, String token, String title) {
        Page page = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"" + title + "\",\"body\":\"Please add it.\",\"kind\":\"suggestion\"}", token);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private int unread(String token) {
        return api.json("GET", "/api/v1/notifications", null, token).json().getInt("unread");
    }

    @Test
    void statusChangesArePublicAndReachEveryVoter() {
        String slug = board();
        String author = api.newMemberToken("author");
        long id = suggestion(slug, author, "Dark mode for the app");
        assertEquals("new", api.json("GET", "/api/v1/threads/" + id, null, null).json().getString("status"));
        String voter1 = api.newMemberToken("v1");
        String voter2 = api.newMemberToken("v2");
        api.json("POST", "/api/v1/threads/" + id + "/vote", null, voter1);
        api.json("POST", "/api/v1/threads/" + id + "/vote", null, voter2);

        String change = "{\"status\":\"planned\",\"note\":\"Coming in the spring release.\"}";
        assertEquals(403, api.json("PUT", "/api/v1/threads/" + id + "/status", change, voter1).status());
        assertEquals(401, api.json("PUT", "/api/v1/threads/" + id + "/status", change, null).status());
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + id + "/status", "{\"status\":\"someday\"}", api.adminToken()).status());
        JsonObject updated = api.json("PUT", "/api/v1/threads/" + id + "/status", change, api.adminToken()).json();
        assertEquals("planned", updated.getString("status"));
        assertEquals("Coming in the spring release.", updated.getString("statusNote"));

        for (String told : new String[] {author, voter1, voter2}) {
            assertEquals(1, unread(told));
        }
        String page = new WebClient().acceptLanguage("en").get("/t/" + id).body();
        assertTrue(page.contains("Planned") && page.contains("Coming in the spring release."));
        assertTrue(page.contains("<a href=\"/signin?next=/t/" + id + "\" id=\"signin-to-vote\">Sign in to vote</a>"),
                "a visitor is told how to vote");
        assertTrue(api.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).body().contains("\"status\":\"planned\""));
    }

    @Test
    void mergingMovesVotesWithoutCountingAnyoneTwice() {
        String slug = board();
        long original = suggestion(slug, api.newMemberToken("a"), "Export my data as CSV");
        long duplicate = suggestion(slug, api.newMemberToken("b"), "Please allow CSV export");
        String both = api.newMemberToken("both");
        String onlyDup = api.newMemberToken("dup");
        api.json("POST", "/api/v1/threads/" + original + "/vote", null, both);
        api.json("POST", "/api/v1/threads/" + duplicate + "/vote", null, both);
        api.json("POST", "/api/v1/threads/" + duplicate + "/vote", null, onlyDup);

        assertEquals(403, api.json("POST", "/api/v1/threads/" + duplicate + "/merge-into/" + original, null, both).status());
        assertEquals(400, api.json("POST", "/api/v1/threads/" + duplicate + "/merge-into/" + duplicate, null, api.adminToken()).status());
        JsonObject merged = api.json("POST", "/api/v1/threads/" + duplicate + "/merge-into/" + original, null, api.adminToken()).json();
        assertEquals(original, merged.getJsonNumber("id").longValue());
        assertEquals(2, merged.getInt("votes"), "three votes, two people");
        assertEquals(original, api.json("GET", "/api/v1/threads/" + duplicate, null, null).json()
                .getJsonNumber("mergedInto").longValue());

        Page redirect = new WebClient().get("/t/" + duplicate);
        assertEquals(301, redirect.status());
        assertTrue(redirect.location().endsWith("/t/" + original));
        List<Long> listed = api.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json().getJsonArray("threads")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(original), listed, "the duplicate leaves the list");
        assertEquals(409, api.json("POST", "/api/v1/threads/" + duplicate + "/merge-into/" + original, null, api.adminToken()).status());
    }

    @Test
    void staffChangeStatusFromThePage() {
        String slug = board();
        long id = suggestion(slug, api.newMemberToken("c"), "Bigger fonts please");
        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page page = staff.get("/t/" + id);
        assertTrue(page.body().contains("id=\"status-submit\""));
        Page done = staff.postForm("/t/" + id + "/status", Map.of("_csrf", page.csrf(), "status", "done", "note", "已上线"));
        assertEquals(303, done.status());
        assertTrue(new WebClient().get("/t/" + id).body().contains("已上线"));
        WebClient user = new WebClient();
        user.signUp(WebClient.uniqueName("nosy"));
        Page refused = user.postForm("/t/" + id + "/status", Map.of("_csrf", user.get("/t/" + id).csrf(), "status", "declined"));
        assertEquals(403, refused.status());
        assertFalse(user.get("/t/" + id).body().contains("id=\"status-submit\""));
    }
}
