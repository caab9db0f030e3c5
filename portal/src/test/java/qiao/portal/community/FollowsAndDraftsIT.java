package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Following threads and boards, drafts kept on the server, and quote-replies. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowsAndDraftsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private String board() {
        String slug = WebClient.uniqueName("fo").toLowerCase();
        api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"关注\"}",
                api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD));
        return slug;
    }

    private long thread(String slug, String token) {
        return api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"Followed thread\",\"body\":\"body\",\"kind\":\"discussion\"}", token).json()
                .getJsonNumber("id").longValue();
    }

    private List<String> kinds(String token) {
        return api.json("GET", "/api/v1/notifications", null, token).json().getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind")).toList();
    }

    @Test
    void followersHearOfNewThreadsAndReplies() {
        String slug = board();
        String boardFan = api.newMemberToken("fan");
        assertTrue(api.json("POST", "/api/v1/boards/" + slug + "/follow", null, boardFan).json().getBoolean("following"));
        long id = thread(slug, api.newMemberToken("starter"));
        assertEquals(List.of("new_thread"), kinds(boardFan));

        String watcher = api.newMemberToken("watch");
        api.json("POST", "/api/v1/threads/" + id + "/follow", null, watcher);
        String replier = api.newMemberToken("rep");
        api.json("POST", "/api/v1/threads/" + id + "/posts", "{\"body\":\"first reply\"}", replier);
        assertEquals(List.of("reply"), kinds(watcher));
        api.json("DELETE", "/api/v1/threads/" + id + "/follow", null, watcher);
        api.json("POST", "/api/v1/threads/" + id + "/posts", "{\"body\":\"second reply\"}", api.newMemberToken("rep2"));
        assertEquals(1, kinds(watcher).size(), "no more after unfollowing");
        assertEquals(List.of("reply"), kinds(replier), "repliers follow the thread by themselves");
    }

    @Test
    void draftsWaitOnTheServerUntilPosted() {
        String slug = board();
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("drafter"));
        String token = api.token(name, WebClient.PASSWORD);
        Page form = browser.get("/b/" + slug + "/new");
        Page saved = browser.postForm("/b/" + slug + "/new", Map.of("_csrf", form.csrf(), "title", "Half a thought",
                "body", "我还没写完……", "kind", "suggestion", "tags", "深色模式, 界面", "key", "k1", "action", "draft"));
        assertEquals(200, saved.status());
        assertTrue(saved.body().contains("id=\"draft-saved\""));
        assertEquals("我还没写完……", api.json("GET", "/api/v1/drafts/board-" + slug, null, token).json().getString("body"));

        WebClient laptop = new WebClient().acceptLanguage("en");
        laptop.signIn(name, WebClient.PASSWORD);
        Page again = laptop.get("/b/" + slug + "/new");
        assertTrue(again.body().contains("我还没写完……") && again.body().contains("id=\"draft-restored\""), "on another device too");
        assertTrue(again.body().contains("value=\"suggestion\" checked"), "with its kind");
        assertTrue(again.body().contains("value=\"深色模式, 界面\""), "and its tags");

        Page posted = laptop.postForm("/b/" + slug + "/new", Map.of("_csrf", again.csrf(), "title", "Now it is finished",
                "body", "写完了", "kind", "question", "key", "k2"));
        assertEquals(303, posted.status());
        assertEquals(404, api.json("GET", "/api/v1/drafts/board-" + slug, null, token).status(), "posting clears the draft");
        assertEquals(400, api.json("PUT", "/api/v1/drafts/elsewhere", "{\"body\":\"x\"}", token).status());
        assertEquals(401, api.json("GET", "/api/v1/drafts/board-" + slug, null, null).status());
    }

    @Test
    void quoteReplyPrefillsTheReplyBox() {
        String slug = board();
        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("quoter"));
        String author = api.newMemberToken("quoted");
        long id = thread(slug, author);
        long post = api.json("GET", "/api/v1/threads/" + id, null, null).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Page page = browser.get("/t/" + id + "?quote=" + post);
        assertTrue(page.body().contains("&gt; body"), "the quoted text is in the reply box: " + page.body());
        assertTrue(page.body().contains("id=\"quote-" + post + "\""), name + " sees a quote link");
    }
}
