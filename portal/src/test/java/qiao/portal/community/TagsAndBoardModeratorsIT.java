package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** Tags (managed, staff-only and free), filtering by tag, board moderators, and board colours and icons. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TagsAndBoardModeratorsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("zh-CN");

    private String board(String extraJson) {
        String slug = WebClient.uniqueName("tg").toLowerCase();
        Page created = api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"标签 " + slug + "\""
                + extraJson + "}", api.adminToken());
        assertEquals(201, created.status(), created.body());
        return slug;
    }

    private Page start(String slug, String token, String title, String tagsJson) {
        return api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"" + title + "\",\"body\":\"正文内容\",\"kind\":\"question\",\"tags\":" + tagsJson + "}", token);
    }

    private static List<String> tagsOf(JsonObject thread) {
        return thread.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void freeTagsAreMadeByUsingThemAndBoardsFilterByTag() {
        String slug = board("");
        String member = api.newMemberToken("tagger");
        String tag = WebClient.uniqueName("登录").toLowerCase();
        Page tagged = start(slug, member, "登录不了怎么办", "[\"" + tag + "\",\" QQ \",\"qq\"]");
        assertEquals(201, tagged.status(), tagged.body());
        long id = tagged.json().getJsonNumber("id").longValue();
        assertEquals(201, start(slug, member, "另一个问题没有标签", "[]").status());
        assertEquals(List.of(tag, "qq"), tagsOf(api.json("GET", "/api/v1/threads/" + id, null, null).json()));

        JsonArray filtered = api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=" + enc(tag), null, null).json()
                .getJsonArray("threads");
        assertEquals(1, filtered.size());
        assertEquals(id, filtered.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(2, api.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json().getJsonArray("threads").size());
        assertEquals(0, api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=no-such-tag", null, null).json()
                .getJsonArray("threads").size());

        Page page = new WebClient().get("/b/" + slug + "?tag=" + enc(tag));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"tag-filter\""), "the page says it is filtered");
        assertTrue(page.body().contains("登录不了怎么办") && !page.body().contains("另一个问题没有标签"));
        assertTrue(new WebClient().get("/t/" + id).body().contains("class=\"tag\" href=\"/b/" + slug + "?tag="));

        assertTrue(api.json("GET", "/api/v1/tags", null, null).body().contains("\"name\":\"" + tag + "\""));
    }

    @Test
    void aTagsPageGathersItsThreadsFromEveryBoardTheVisitorMayRead() {
        String open = board("");
        String staffOnly = board(",\"read\":\"STAFF\"");
        String tag = WebClient.uniqueName("退款").toLowerCase();
        String member = api.newMemberToken("refunder");
        assertEquals(201, start(open, member, "公开版块的退款问题", "[\"" + tag + "\"]").status());
        assertEquals(201, start(staffOnly, api.adminToken(), "内部版块的退款记录", "[\"" + tag + "\"]").status());

        String index = new WebClient().get("/tags").body();
        assertTrue(index.contains("href=\"/tags/" + enc(tag) + "\""), "the tag index links the tag");
        Page anonymous = new WebClient().get("/tags/" + enc(tag));
        assertEquals(200, anonymous.status());
        assertTrue(anonymous.body().contains("公开版块的退款问题") && anonymous.body().contains("href=\"/b/" + open + "\""));
        assertFalse(anonymous.body().contains("内部版块的退款记录"), "a board the visitor may not read stays hidden");
        assertEquals(1, api.json("GET", "/api/v1/tags/" + enc(tag) + "/threads", null, null).json()
                .getJsonArray("threads").size());
        assertEquals(2, api.json("GET", "/api/v1/tags/" + enc(tag) + "/threads", null, api.adminToken()).json()
                .getJsonArray("threads").size(), "staff see both");
        assertEquals(404, new WebClient().get("/tags/no-such-tag-here").status());

        String internal = WebClient.uniqueName("内部").toLowerCase();
        assertEquals(201, start(staffOnly, api.adminToken(), "只在内部版块用的标签", "[\"" + internal + "\"]").status());
        assertFalse(api.json("GET", "/api/v1/tags", null, null).body().contains(internal), "a staff board's tag stays private");
        assertFalse(new WebClient().get("/tags").body().contains(internal));
        assertTrue(api.json("GET", "/api/v1/tags", null, api.adminToken()).body().contains(internal));

        assertEquals(1, threadsTagged(tag, null), "the anonymous count leaves the staff board out");
        assertEquals(2, threadsTagged(tag, api.adminToken()));
        Page another = start(open, member, "又一个公开的退款问题", "[\"" + tag + "\"]");
        assertEquals(2, threadsTagged(tag, null), "a new thread counts at once");
        long opening = api.json("GET", another.json().getString("url").replace("/t/", "/api/v1/threads/"), null, null)
                .json().getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + opening, null, member).status());
        assertEquals(1, threadsTagged(tag, null), "a deleted thread stops counting at once");
        assertEquals(200, api.json("POST", "/api/v1/posts/" + opening + "/restore", null, api.adminToken()).status());
        assertEquals(2, threadsTagged(tag, null), "and counts again when restored");
    }

    private long threadsTagged(String tag, String token) {
        return api.json("GET", "/api/v1/tags", null, token).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("name").equals(tag)).mapToLong(t -> t.getJsonNumber("threads").longValue())
                .findFirst().orElse(0);
    }

    @Test
    void manyPeopleMakingTheSameNewTagAtOnceAllSucceed() throws Exception {
        String slug = board("");
        String tag = WebClient.uniqueName("同时").toLowerCase();
        List<String> tokens = IntStream.range(0, 8).mapToObj(i -> api.newMemberToken("racer")).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var results = pool.invokeAll(tokens.stream().map(token -> (java.util.concurrent.Callable<Integer>) () ->
                    new WebClient().json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"同一个新标签\","
                            + "\"body\":\"并发\",\"kind\":\"question\",\"tags\":[\"" + tag + "\"]}", token).status()).toList());
            for (var result : results) {
                assertEquals(201, result.get());
            }
        }
        assertEquals(8, api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=" + enc(tag), null, null).json()
                .getJsonArray("threads").size());
    }

    @Test
    void taggedListsPageByKeysetLikeAnyOther() {
        String slug = board("");
        String member = api.newMemberToken("pager");
        for (int i = 0; i < 33; i++) {
            assertEquals(201, start(slug, member, "分页问题 " + i, i % 2 == 0 ? "[\"paged\"]" : "[]").status());
        }
        JsonObject first = api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=paged", null, null).json();
        assertEquals(17, first.getJsonArray("threads").size(), "17 of the 33 carry the tag, one page holds 30");
        assertFalse(first.containsKey("next"), "and there is no next page");
        for (int i = 0; i < 40; i++) {
            start(slug, member, "更多分页 " + i, "[\"paged\"]");
        }
        JsonObject again = api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=paged", null, null).json();
        assertEquals(30, again.getJsonArray("threads").size());
        JsonObject second = api.json("GET", "/api/v1/boards/" + slug + "/threads?tag=paged&cursor=" + again.getString("next"),
                null, null).json();
        assertEquals(27, second.getJsonArray("threads").size());
    }

    @Test
    void badTagListsAreRefusedClearlyAndNothingIsLost() {
        String slug = board("");
        String member = api.newMemberToken("spammer");
        String enormous = IntStream.range(0, 20_000).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"));
        Page huge = start(slug, member, "一个正常的标题", enormous);
        assertEquals(400, huge.status(), huge.body());
        assertEquals("tags", huge.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(huge.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("最多使用 5 个标签"));
        assertEquals(400, start(slug, member, "一个正常的标题", "[\"a1\",\"b2\",\"c3\",\"d4\",\"e5\",\"f6\"]").status());
        Page script = start(slug, member, "一个正常的标题", "[\"<script>alert(1)</script>\"]");
        assertEquals(400, script.status());
        assertTrue(script.body().contains("只能包含文字、数字"), script.body());
        assertEquals(400, start(slug, member, "一个正常的标题", "[\"" + "长".repeat(25) + "\"]").status());

        WebClient browser = new WebClient().acceptLanguage("zh-CN");
        browser.signUp(WebClient.uniqueName("composer"));
        Page form = browser.submit("/b/" + slug + "/new", "/b/" + slug + "/new", Map.of("title", "我的标题保留",
                "body", "我的正文保留", "kind", "question", "tags", "好, <b>坏</b>, 一, 二, 三, 四, 五, 六", "key", "k-" + slug));
        assertEquals(400, form.status());
        assertTrue(form.body().contains("我的标题保留") && form.body().contains("我的正文保留"), "the composer keeps the text");
        assertTrue(form.body().contains("value=\"好, &lt;b&gt;坏&lt;/b&gt;, 一, 二, 三, 四, 五, 六\""), "and the tags, escaped");
        assertFalse(form.body().contains("<b>坏</b>"));
        assertTrue(form.body().contains("最多使用 5 个标签"));
    }

    @Test
    void boardsWithoutFreeTagsTakeOnlyManagedOnesAndStaffOnlyTagsNeedAModerator() {
        String admin = api.adminToken();
        String official = WebClient.uniqueName("官方").toLowerCase();
        String managed = WebClient.uniqueName("支付").toLowerCase();
        assertEquals(200, api.json("PUT", "/api/v1/tags/" + enc(official), "{\"description\":\"客服发布\",\"staffOnly\":true}",
                admin).status());
        Page kept = api.json("PUT", "/api/v1/tags/" + enc(managed), "{\"description\":\"微信支付、退款\"}", admin);
        assertEquals(200, kept.status(), kept.body());
        assertTrue(kept.json().getBoolean("managed"));
        assertEquals(400, api.json("PUT", "/api/v1/tags/" + enc("bad tag!"), "{}", admin).status());

        String moderatorName = new WebClient().signUp(WebClient.uniqueName("bm"));
        String slug = board(",\"freeTags\":false,\"moderators\":[\"" + moderatorName + "\"]");
        String member = api.newMemberToken("member");
        Page unknown = start(slug, member, "只能用维护的标签", "[\"随便写的\"]");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("只能使用管理员维护的标签"), unknown.body());
        assertEquals(201, start(slug, member, "只能用维护的标签", "[\"" + managed + "\"]").status());
        Page staffOnly = start(slug, member, "用了官方标签的问题", "[\"" + official + "\"]");
        assertEquals(400, staffOnly.status());
        assertTrue(staffOnly.body().contains("只有版主可以使用"), staffOnly.body());

        String moderator = api.token(moderatorName, WebClient.PASSWORD);
        Page byModerator = start(slug, moderator, "版主用官方标签", "[\"" + official + "\"]");
        assertEquals(201, byModerator.status(), byModerator.body());
        long memberThread = start(slug, member, "等版主打标签的问题", "[]").json().getJsonNumber("id").longValue();
        Page retagged = api.json("PUT", "/api/v1/threads/" + memberThread + "/tags", "{\"tags\":[\"" + official + "\"]}", moderator);
        assertEquals(200, retagged.status(), retagged.body());
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + memberThread + "/tags",
                "{\"tags\":[\"" + official + "\",\"" + managed + "\"]}", member).status(), "the author may not keep a staff-only tag");

        String boardPage = new WebClient().get("/b/" + slug).body();
        assertTrue(boardPage.contains("id=\"board-moderators\"") && boardPage.contains("@" + moderatorName));

        assertEquals(204, api.json("DELETE", "/api/v1/tags/" + enc(official), null, admin).status());
        assertEquals(List.of(), tagsOf(api.json("GET", "/api/v1/threads/" + memberThread, null, null).json()));
        assertEquals(404, api.json("DELETE", "/api/v1/tags/" + enc(official), null, admin).status());
    }

    @Test
    void aBoardModeratorModeratesTheirBoardOnly() {
        String moderatorName = new WebClient().signUp(WebClient.uniqueName("mod"));
        String slug = board(",\"moderators\":[\"" + moderatorName + "\"]");
        String other = board("");
        JsonObject detail = api.json("GET", "/api/v1/boards/" + slug, null, null).json();
        assertEquals(moderatorName, detail.getJsonArray("moderators").getJsonObject(0).getString("username"));
        Page unknown = api.json("PUT", "/api/v1/boards/" + other + "/moderators", "{\"usernames\":[\"nobody-here-x\"]}",
                api.adminToken());
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("nobody-here-x"));

        String moderator = api.token(moderatorName, WebClient.PASSWORD);
        String asker = api.newMemberToken("asker");
        String answerer = api.newMemberToken("answerer");
        long here = start(slug, asker, "版主这里的问题", "[]").json().getJsonNumber("id").longValue();
        long there = start(other, asker, "别的版块的问题", "[]").json().getJsonNumber("id").longValue();
        long replyHere = api.json("POST", "/api/v1/threads/" + here + "/posts", "{\"body\":\"答案\"}", answerer).json()
                .getJsonNumber("id").longValue();
        long replyThere = api.json("POST", "/api/v1/threads/" + there + "/posts", "{\"body\":\"答案\"}", answerer).json()
                .getJsonNumber("id").longValue();

        Page accepted = api.json("POST", "/api/v1/posts/" + replyHere + "/accept", null, moderator);
        assertEquals(200, accepted.status(), accepted.body());
        assertTrue(accepted.json().getBoolean("acceptedByStaff"), "a board moderator's choice is official (官方采纳)");
        assertEquals(403, api.json("POST", "/api/v1/posts/" + replyThere + "/accept", null, moderator).status());

        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + replyHere, null, answerer).status());
        JsonObject seen = api.json("GET", "/api/v1/threads/" + here, null, moderator).json();
        assertFalse(seen.getJsonArray("posts").getJsonObject(1).getString("html").isEmpty(), "moderators read deleted posts");
        assertTrue(api.json("GET", "/api/v1/threads/" + here, null, asker).json().getJsonArray("posts").getJsonObject(1)
                .getString("html").isEmpty());
        assertEquals(200, api.json("POST", "/api/v1/posts/" + replyHere + "/restore", null, moderator).status());

        Page locked = api.json("PUT", "/api/v1/threads/" + here + "/lock", "{\"locked\":true}", moderator);
        assertEquals(200, locked.status(), locked.body());
        Page refused = api.json("POST", "/api/v1/threads/" + here + "/posts", "{\"body\":\"还能回复吗\"}", asker);
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("只有版主可以回复"), refused.body());
        assertEquals(201, api.json("POST", "/api/v1/threads/" + here + "/posts", "{\"body\":\"版主补充\"}", moderator).status());
        assertTrue(new WebClient().get("/t/" + here).body().contains("id=\"thread-locked\""));
        assertEquals(403, api.json("PUT", "/api/v1/threads/" + there + "/lock", "{\"locked\":true}", moderator).status());
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + here + "/lock", "{\"locked\":false}", moderator).status());
        assertEquals(201, api.json("POST", "/api/v1/threads/" + here + "/posts", "{\"body\":\"又开放了\"}", asker).status());

        WebClient browser = new WebClient();
        browser.signIn(moderatorName, WebClient.PASSWORD);
        String page = browser.get("/t/" + here).body();
        assertTrue(page.contains("id=\"edit-" + replyHere + "\""), "the moderator's tools show on their board");
        assertFalse(browser.get("/t/" + there).body().contains("id=\"edit-" + replyThere + "\""), "and not elsewhere");
    }

    @Test
    void moderatorsMoveThreadsBetweenBoardsTheyModerate() {
        String moderatorName = new WebClient().signUp(WebClient.uniqueName("mover"));
        String from = board(",\"moderators\":[\"" + moderatorName + "\"]");
        String to = board(",\"moderators\":[\"" + moderatorName + "\"]");
        String elsewhere = board("");
        String moderator = api.token(moderatorName, WebClient.PASSWORD);
        String asker = api.newMemberToken("moved");
        long thread = start(from, asker, "发错版块的问题", "[]").json().getJsonNumber("id").longValue();
        assertEquals(201, api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"一个回复\"}", moderator).status());

        assertEquals(403, api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + to + "\"}", asker).status(),
                "the asker does not moderate");
        assertEquals(403, api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + elsewhere + "\"}",
                moderator).status(), "nor does the moderator moderate the third board");
        Page unknown = api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"no-such-board-x\"}", moderator);
        assertEquals(400, unknown.status());
        assertEquals("board", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(unknown.body().contains("没有这个版块"), unknown.body());

        Page moved = api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + to + "\"}", moderator);
        assertEquals(200, moved.status(), moved.body());
        assertEquals(to, moved.json().getString("board"));
        assertEquals(0, boardCount(from, "threads"));
        assertEquals(0, boardCount(from, "posts"));
        assertEquals(1, boardCount(to, "threads"));
        assertEquals(2, boardCount(to, "posts"), "the thread's posts follow it");
        assertTrue(api.json("GET", "/api/v1/boards/" + to + "/threads", null, null).body().contains("发错版块的问题"));
        assertFalse(api.json("GET", "/api/v1/boards/" + from + "/threads", null, null).body().contains("发错版块的问题"));
        assertTrue(api.json("GET", "/api/v1/notifications", null, asker).body().contains("\"kind\":\"thread_moved\""),
                "the asker hears of the move");

        WebClient browser = new WebClient().acceptLanguage("zh-CN");
        browser.signIn(moderatorName, WebClient.PASSWORD);
        String page = browser.get("/t/" + thread).body();
        assertTrue(page.contains("id=\"move-tools\"") && page.contains("<option value=\"" + from + "\">"),
                "the page offers the moderator's other boards");
        assertFalse(page.contains("<option value=\"" + elsewhere + "\">"));
        Page back = browser.submit("/t/" + thread, "/t/" + thread + "/move", Map.of("board", from));
        assertEquals(303, back.status(), back.body());
        assertEquals(1, boardCount(from, "threads"));
        assertEquals(0, boardCount(to, "threads"));
        Page bad = browser.submit("/t/" + thread, "/t/" + thread + "/move", Map.of("board", "no-such-board-x"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("没有这个版块") && bad.body().contains("id=\"move-tools\" open"), "the form explains, open");
    }

    private int boardCount(String slug, String what) {
        return api.json("GET", "/api/v1/boards/" + slug, null, null).json().getJsonObject("board").getInt(what);
    }

    @Test
    void boardColoursAndIconsComeFromAStylesheetAndIconsAreChecked() {
        String slug = board(",\"colour\":\"#ffd400\",\"icon\":\"💬\"");
        Page css = new WebClient().get("/boards.css");
        assertEquals(200, css.status());
        assertTrue(css.header("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains(".b-" + slug + "{background:#ffd400;color:#000}"), css.body());
        String etag = css.header("ETag").orElseThrow();
        WebClient again = new WebClient();
        assertEquals(304, again.raw(again.request("/boards.css").header("If-None-Match", etag).GET()).status());

        String home = new WebClient().get("/").body();
        assertTrue(home.contains("<span class=\"board-mark b-" + slug + "\" aria-hidden=\"true\">💬</span>"));
        assertFalse(home.contains("style="), "no inline styles: the CSP forbids them");

        Page bad = api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "-x\",\"name\":\"坏图标\",\"icon\":\"<script>\"}",
                api.adminToken());
        assertEquals(400, bad.status());
        assertEquals("icon", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
