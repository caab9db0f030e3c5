package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** Boards, threads and replies through the API and the pages, with who may do what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient client = new WebClient().acceptLanguage("en");

    private static String json(Map<String, ?> fields) {
        var builder = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v instanceof Number n) {
                builder.add(k, n.intValue());
            } else {
                builder.add(k, String.valueOf(v));
            }
        });
        return builder.build().toString();
    }

    private String board(String read) {
        String slug = WebClient.uniqueName("b").toLowerCase();
        Page created = client.json("POST", "/api/v1/boards", json(Map.of("slug", slug, "name", "账号与安全 " + slug,
                "description", "密码、登录、被盗", "read", read)), client.adminToken());
        assertEquals(201, created.status(), created.body());
        return slug;
    }

    private Page startThread(String slug, String token, String title, String body, String kind) {
        return client.json("POST", "/api/v1/boards/" + slug + "/threads",
                json(Map.of("title", title, "body", body, "kind", kind)), token);
    }

    @Test
    void onlyAdminsCreateBoardsAndSlugsAreUnique() {
        String slug = board("EVERYONE");
        String body = json(Map.of("slug", slug, "name", "Again"));
        assertEquals(409, client.json("POST", "/api/v1/boards", body, client.adminToken()).status());
        assertEquals(403, client.json("POST", "/api/v1/boards", json(Map.of("slug", "mine-" + slug, "name", "Mine")),
                client.newMemberToken("member")).status());
        assertEquals(401, client.json("POST", "/api/v1/boards", json(Map.of("slug", "anon-" + slug, "name", "Anon")), null)
                .status());
        Page invalid = client.json("POST", "/api/v1/boards", json(Map.of("slug", "Not A Slug!", "name", "")), client.adminToken());
        assertEquals(400, invalid.status());
        assertEquals(2, invalid.json().getJsonArray("errors").size());
        assertTrue(client.json("GET", "/api/v1/boards", null, null).body().contains("\"slug\":\"" + slug + "\""));
        assertTrue(new WebClient().get("/").body().contains("href=\"/b/" + slug + "\""), "the home page lists it");
    }

    @Test
    void askReadAndReplyWithSanitizedMarkdown() {
        String slug = board("EVERYONE");
        String asker = client.newMemberToken("member");
        Page started = startThread(slug, asker, "怎么修改登录密码？", "我忘了密码 **怎么办**\n\n<script>alert(1)</script>", "question");
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals("/t/" + id, started.json().getString("url"));

        Page reply = client.json("POST", "/api/v1/threads/" + id + "/posts", json(Map.of("body", "在 [个人资料](/profile) 里改。")),
                client.newMemberToken("member"));
        assertEquals(201, reply.status(), reply.body());

        JsonObject thread = client.json("GET", "/api/v1/threads/" + id, null, null).json();
        assertEquals("question", thread.getString("kind"));
        assertFalse(thread.getBoolean("solved"));
        List<JsonObject> posts = thread.getJsonArray("posts").getValuesAs(JsonObject.class);
        assertEquals(2, posts.size());
        String first = posts.get(0).getString("html");
        assertTrue(first.contains("<strong>怎么办</strong>"), first);
        assertFalse(first.contains("<script"), first);
        assertTrue(posts.get(1).getString("html").contains("rel=\"nofollow ugc noopener\""));

        Page pageView = new WebClient().get("/t/" + id);
        assertEquals(200, pageView.status());
        assertTrue(pageView.body().contains("<strong>怎么办</strong>"));
        assertFalse(pageView.body().contains("<script>alert(1)"));
        assertTrue(pageView.body().contains("&lt;script&gt;"), "raw HTML is shown as text");
    }

    @Test
    void pageViewsAreCountedWithinSeconds() throws InterruptedException {
        String slug = board("EVERYONE");
        long id = startThread(slug, client.newMemberToken("viewed"), "Count my views", "body", "discussion").json()
                .getJsonNumber("id").longValue();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, new WebClient().get("/t/" + id).status());
        }
        long views = 0;
        for (int tries = 0; tries < 30 && views < 3; tries++) {
            Thread.sleep(500);
            views = client.json("GET", "/api/v1/threads/" + id, null, null).json().getJsonNumber("views").longValue();
        }
        assertEquals(3, views, "three page views, written in one batch");
    }

    @Test
    void anonymousVisitorsReadButCannotWrite() {
        String slug = board("EVERYONE");
        long id = startThread(slug, client.newMemberToken("member"), "A public question", "body", "question").json().getJsonNumber("id").longValue();
        assertEquals(200, client.json("GET", "/api/v1/threads/" + id, null, null).status());
        assertEquals(401, client.json("POST", "/api/v1/threads/" + id + "/posts", json(Map.of("body", "hi")), null).status());
        assertEquals(401, startThread(slug, null, "Anonymous thread", "body", "discussion").status());
        Page page = new WebClient().get("/t/" + id);
        assertTrue(page.body().contains("/signin?next=/t/" + id), "offers to sign in instead of a reply form");
        assertEquals(303, new WebClient().get("/b/" + slug + "/new").status());
    }

    @Test
    void staffOnlyBoardsDoNotExistForOthers() {
        String slug = board("STAFF");
        long id = startThread(slug, client.adminToken(), "Internal note", "for staff", "discussion").json().getJsonNumber("id").longValue();
        String user = client.newMemberToken("member");
        assertEquals(404, client.json("GET", "/api/v1/boards/" + slug + "/threads", null, user).status());
        assertEquals(404, client.json("GET", "/api/v1/threads/" + id, null, user).status());
        assertEquals(404, client.json("POST", "/api/v1/threads/" + id + "/posts", json(Map.of("body", "x")), user).status());
        assertEquals(404, new WebClient().get("/b/" + slug).status());
        assertFalse(client.json("GET", "/api/v1/boards", null, user).body().contains(slug));
        assertEquals(200, client.json("GET", "/api/v1/threads/" + id, null, client.adminToken()).status());
    }

    @Test
    void announcementsAreForStaff() {
        String slug = board("EVERYONE");
        Page byUser = startThread(slug, client.newMemberToken("member"), "Big news from me", "hello", "announcement");
        assertEquals(400, byUser.status());
        assertEquals("kind", byUser.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(byUser.body().contains("只有客服可以发布公告"), "in the author's profile language: " + byUser.body());
        assertEquals(201, startThread(slug, client.adminToken(), "维护通知：周六凌晨", "系统维护", "announcement").status());
    }

    @Test
    void badTitlesAndBodiesAreExplained() {
        String slug = board("EVERYONE");
        String token = client.newMemberToken("member");
        record Case(String title, String body, String field) {
        }
        for (Case c : List.of(new Case("   ", "body", "title"), new Case("abc", "body", "title"),
                new Case("x".repeat(121), "body", "title"), new Case("evil\u202Egnp.exe title", "body", "title"),
                new Case("zero\u200Bwidth title", "body", "title"), new Case("A fine title", "  \n ", "body"),
                new Case("A fine title", "长".repeat(32_001), "body"), new Case("A fine title", "a\u202Eb", "body"))) {
            Page page = startThread(slug, token, c.title(), c.body(), "question");
            assertEquals(400, page.status(), c.toString());
            assertEquals(c.field(), page.json().getJsonArray("errors").getJsonObject(0).getString("field"), c.toString());
        }
        assertEquals(400, startThread(slug, token, "Unknown kind here", "body", "rant").status());
        assertEquals(404, startThread("no-such-board", token, "A fine title", "body", "question").status());
    }

    @Test
    void sendingTheSameThreadTwiceCreatesOne() {
        String slug = board("EVERYONE");
        String token = client.newMemberToken("member");
        String body = json(Map.of("title", "Double click", "body", "once", "kind", "discussion"));
        HttpRequest.Builder first = client.request("/api/v1/boards/" + slug + "/threads").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-" + slug)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        long a = client.raw(first).json().getJsonNumber("id").longValue();
        HttpRequest.Builder again = client.request("/api/v1/boards/" + slug + "/threads").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-" + slug)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        long b = client.raw(again).json().getJsonNumber("id").longValue();
        assertEquals(a, b);
        assertEquals(1, client.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json().getJsonArray("threads").size());
    }

    @Test
    void boardListsPageByCursorWithoutGapsOrRepeats() {
        String slug = board("EVERYONE");
        String token = client.newMemberToken("member");
        for (int i = 0; i < 33; i++) {
            assertEquals(201, startThread(slug, token, "Thread number " + i, "body " + i, "discussion").status());
        }
        JsonObject first = client.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json();
        assertEquals(30, first.getJsonArray("threads").size());
        assertEquals("Thread number 32", first.getJsonArray("threads").getJsonObject(0).getString("title"));
        String next = first.getString("next");
        assertNotNull(next);
        JsonObject second = client.json("GET", "/api/v1/boards/" + slug + "/threads?cursor=" + next, null, null).json();
        assertEquals(3, second.getJsonArray("threads").size());
        assertFalse(second.containsKey("next") && !second.isNull("next"), "the last page has no next cursor");
        Set<Long> ids = new HashSet<>();
        first.getJsonArray("threads").getValuesAs(JsonObject.class).forEach(t -> ids.add(t.getJsonNumber("id").longValue()));
        second.getJsonArray("threads").getValuesAs(JsonObject.class).forEach(t -> ids.add(t.getJsonNumber("id").longValue()));
        assertEquals(33, ids.size());
        assertEquals(400, client.json("GET", "/api/v1/boards/" + slug + "/threads?cursor=garbage!", null, null).status(),
                "a cursor that is not this list's is refused, not ignored");
        Page html = new WebClient().get("/b/" + slug);
        assertTrue(html.body().contains("id=\"next-page\""));
    }

    @Test
    void adminsEditBoardsAndTheirAccessTakesEffect() {
        String slug = board("EVERYONE");
        WebClient admin = new WebClient().acceptLanguage("en");
        admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page editor = admin.get("/admin/boards/" + slug);
        assertEquals(200, editor.status());
        Page bad = admin.postForm("/admin/boards/" + slug, Map.of("_csrf", editor.csrf(), "name", " ", "read", "EVERYONE"));
        assertEquals(400, bad.status());
        Page saved = admin.postForm("/admin/boards/" + slug, Map.of("_csrf", editor.csrf(), "name", "内部讨论",
                "description", "staff only now", "read", "STAFF", "start", "STAFF", "reply", "STAFF", "position", "5"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals(404, new WebClient().get("/b/" + slug).status(), "no longer visible to visitors");
        assertTrue(admin.get("/b/" + slug).body().contains("内部讨论"));

        WebClient user = new WebClient();
        user.signUp(WebClient.uniqueName("editor"));
        assertEquals(403, user.get("/admin/boards/" + slug).status());
        assertEquals(403, user.postForm("/admin/boards/" + slug, Map.of("_csrf", user.get("/").csrf(), "name", "Mine",
                "read", "EVERYONE")).status());
    }

    @Test
    void boardListsSortAndFilter() {
        String slug = board("EVERYONE");
        String author = client.newMemberToken("member");
        long oldQuestion = startThread(slug, author, "Old question here", "q", "question").json().getJsonNumber("id").longValue();
        long popular = startThread(slug, author, "Popular suggestion", "s", "suggestion").json().getJsonNumber("id").longValue();
        long solved = startThread(slug, author, "Solved question here", "q", "question").json().getJsonNumber("id").longValue();
        long answer = client.json("POST", "/api/v1/threads/" + solved + "/posts", json(Map.of("body", "answer")), client.newMemberToken("member"))
                .json().getJsonNumber("id").longValue();
        client.json("POST", "/api/v1/posts/" + answer + "/accept", null, client.adminToken());
        client.json("POST", "/api/v1/threads/" + popular + "/vote", null, client.newMemberToken("member"));
        client.json("POST", "/api/v1/threads/" + oldQuestion + "/posts", json(Map.of("body", "bump")), client.newMemberToken("member"));

        assertEquals(List.of(oldQuestion, solved, popular), ids(slug, ""), "latest activity first");
        assertEquals(List.of(solved, popular, oldQuestion), ids(slug, "?sort=newest"));
        assertEquals(popular, ids(slug, "?sort=votes").get(0));
        assertEquals(List.of(oldQuestion), ids(slug, "?sort=unsolved"));
        assertEquals(List.of(solved), ids(slug, "?solved=yes"));
        assertEquals(List.of(popular), ids(slug, "?kind=suggestion&status=new"));
        assertEquals(List.of(), ids(slug, "?kind=suggestion&status=done"));
        assertEquals(400, client.json("GET", "/api/v1/boards/" + slug + "/threads?sort=bogus&kind=nonsense", null, null)
                .status(), "unknown values are refused, not ignored");
        Page html = new WebClient().acceptLanguage("en").get("/b/" + slug + "?sort=unsolved");
        assertTrue(html.body().contains("Old question here") && !html.body().contains("Solved question here"));
    }

    private List<Long> ids(String slug, String query) {
        return client.json("GET", "/api/v1/boards/" + slug + "/threads" + query, null, null).json().getJsonArray("threads")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void composerKeepsTheTextWhenSomethingIsWrongAndPostsWhenFixed() {
        String slug = board("EVERYONE");
        WebClient browser = new WebClient().acceptLanguage("en");
        browser.signUp(WebClient.uniqueName("writer"));
        Page form = browser.get("/b/" + slug + "/new");
        assertEquals(200, form.status());
        String body = "我的手机号换了，**怎么**改绑？";
        Page refused = browser.postForm("/b/" + slug + "/new", Map.of("_csrf", form.csrf(), "title", "",
                "body", body, "kind", "question", "key", "compose-" + slug));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains(body), "the body is kept");
        assertTrue(refused.body().contains("This field is required."));
        Page posted = browser.postForm("/b/" + slug + "/new", Map.of("_csrf", form.csrf(), "title", "手机号换了怎么改绑",
                "body", body, "kind", "question", "key", "compose-" + slug));
        assertEquals(303, posted.status(), posted.body());
        Page thread = browser.get(posted.location().replaceFirst("^https?://[^/]+", ""));
        assertTrue(thread.body().contains("<strong>怎么</strong>"), thread.body());
    }
}
