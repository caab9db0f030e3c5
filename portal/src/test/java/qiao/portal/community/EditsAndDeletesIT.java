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

/** Editing keeps every revision; deleting hides, and moderators restore. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditsAndDeletesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private long[] threadWithReply(String author, String replier) {
        String slug = WebClient.uniqueName("ed").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"编辑\"}", api.adminToken()).status());
        long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"Original title\",\"body\":\"line one\\nline two\",\"kind\":\"discussion\"}", author).json()
                .getJsonNumber("id").longValue();
        long reply = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"a reply\"}", replier).json()
                .getJsonNumber("id").longValue();
        return new long[] {thread, reply};
    }

    private long openingPost(long thread, String token) {
        return api.json("GET", "/api/v1/threads/" + thread, null, token).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void editsKeepEveryVersionAndOnlyAuthorOrStaffMayEdit() {
        String author = api.newMemberToken("au");
        String other = api.newMemberToken("ot");
        long[] ids = threadWithReply(author, other);
        long opening = openingPost(ids[0], null);
        Page edited = api.json("PATCH", "/api/v1/posts/" + opening,
                "{\"body\":\"line one\\nline 2 fixed\\nline three\",\"title\":\"Better title\"}", author);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(403, api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"vandalised\"}", other).status());
        assertEquals(401, api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"anon\"}", null).status());
        assertEquals(200, api.json("PATCH", "/api/v1/posts/" + ids[1], "{\"body\":\"tidied by staff\"}", api.adminToken()).status());
        assertEquals(400, api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"  \"}", author).status());

        List<JsonObject> revisions = revisionsArray(opening);
        assertEquals(2, revisions.size());
        assertEquals("line one\nline two", revisions.get(0).getString("text"));
        assertEquals("line one\nline 2 fixed\nline three", revisions.get(1).getString("text"));
        JsonObject thread = api.json("GET", "/api/v1/threads/" + ids[0], null, null).json();
        assertEquals("Better title", thread.getString("title"));
        assertEquals(1, thread.getJsonArray("posts").getJsonObject(0).getInt("edits"));

        String history = new WebClient().acceptLanguage("en").get("/t/" + ids[0] + "/posts/" + opening + "/history").body();
        assertTrue(history.contains("class=\"del\">- line two") && history.contains("class=\"ins\">+ line 2 fixed"), history);
    }

    private List<JsonObject> revisionsArray(long post) {
        return api.json("GET", "/api/v1/posts/" + post + "/revisions", null, null).jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void deletedPostsAreHiddenUntilAModeratorRestoresThem() {
        String author = api.newMemberToken("au");
        String replier = api.newMemberToken("re");
        long[] ids = threadWithReply(author, replier);
        assertEquals(403, api.json("DELETE", "/api/v1/posts/" + ids[1], null, author).status(), "not the reply's author");
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + ids[1], null, replier).status());
        JsonObject reply = api.json("GET", "/api/v1/threads/" + ids[0], null, null).json().getJsonArray("posts").getJsonObject(1);
        assertTrue(reply.getBoolean("deleted"));
        assertEquals("", reply.getString("html"));
        assertTrue(new WebClient().acceptLanguage("en").get("/t/" + ids[0]).body().contains("This post was deleted."));
        assertFalse(new WebClient().get("/t/" + ids[0]).body().contains("a reply"));

        assertEquals(404, api.json("POST", "/api/v1/posts/" + ids[1] + "/restore", null, replier).status(),
                "deleted, it exists only for the board's moderators, even for its author (as a deleted thread does)");
        assertEquals(200, api.json("POST", "/api/v1/posts/" + ids[1] + "/restore", null, api.adminToken()).status());
        assertTrue(api.json("GET", "/api/v1/threads/" + ids[0], null, null).body().contains("a reply"));
    }

    @Test
    void deletingTheOpeningPostDeletesTheThreadForEveryoneButStaff() {
        String author = api.newMemberToken("au");
        long[] ids = threadWithReply(author, api.newMemberToken("re"));
        long opening = openingPost(ids[0], author);
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + opening, null, author).status());
        assertEquals(404, api.json("GET", "/api/v1/threads/" + ids[0], null, null).status());
        assertEquals(404, api.json("GET", "/api/v1/threads/" + ids[0], null, author).status());
        assertEquals(200, api.json("GET", "/api/v1/threads/" + ids[0], null, api.adminToken()).status());
        api.json("POST", "/api/v1/posts/" + opening + "/restore", null, api.adminToken());
        assertEquals(200, api.json("GET", "/api/v1/threads/" + ids[0], null, null).status());
    }

    @Test
    void publicHistoryMasksPersonalData() {
        String author = api.newMemberToken("au");
        long[] ids = threadWithReply(author, api.newMemberToken("re"));
        api.json("PATCH", "/api/v1/posts/" + ids[1], "{\"body\":\"call 13812345678\"}", api.adminToken());
        String history = new WebClient().get("/t/" + ids[0] + "/posts/" + ids[1] + "/history").body();
        assertFalse(history.contains("13812345678"), history);
        assertTrue(history.contains("138****5678"));
    }

    @Test
    void authorsEditThroughThePageAndKeepTheirTextOnErrors() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("pe"));
        long[] ids = threadWithReply(api.token(name, WebClient.PASSWORD), api.newMemberToken("re"));
        long opening = openingPost(ids[0], null);
        Page form = browser.get("/t/" + ids[0] + "/posts/" + opening + "/edit");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("line one\nline two"));
        Page bad = browser.postForm("/t/" + ids[0] + "/posts/" + opening + "/edit",
                Map.of("_csrf", form.csrf(), "title", "ab", "body", "kept text"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("kept text"));
        Page ok = browser.postForm("/t/" + ids[0] + "/posts/" + opening + "/edit",
                Map.of("_csrf", form.csrf(), "title", "A new good title", "body", "new text"));
        assertEquals(303, ok.status());
        assertTrue(browser.get("/t/" + ids[0]).body().contains("A new good title"));
    }
}
