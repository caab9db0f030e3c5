package qiao.portal.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
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
import qiao.portal.search.SearchProbe;

/**
 * The help center through its API and pages: sections and who may read them, articles through their
 * states, scheduling, translations and revisions, "Was this helpful?", every write by every kind of
 * caller, promoting a solved thread, and articles in search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpCenterIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    static String section(WebClient api, String token, String access, String parent) {
        String slug = WebClient.uniqueName("h").toLowerCase();
        Page page = api.json("POST", "/api/v1/help/sections", "{\"slug\":\"" + slug + "\",\"name\":\"帮助 " + slug + "\",\"access\":\"" + access
                + "\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}", token);
        assertEquals(201, page.status(), page.body());
        return slug;
    }

    static long article(WebClient api, String token, String section, String title, String body, String state) {
        return article(api, token, section, title, body, state, "账号");
    }

    static long article(WebClient api, String token, String section, String title, String body, String state, String label) {
        Page page = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"" + title + "\",\"body\":\""
                + body + "\",\"lang\":\"zh-CN\",\"labels\":[\"" + label + "\"],\"state\":\"" + state + "\"}", token);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    @Test
    void articlesGoThroughTheirStatesAndOnlyStaffSeeThemBeforeTheyArePublished() {
        String category = section(api, admin, "EVERYONE", null);
        String section = section(api, admin, "EVERYONE", category);
        long id = article(api, admin, section, "怎么找回密码", "## 第一步\\n\\n打开安全中心。\\n\\n## 第二步\\n\\n### 验证身份\\n\\n输入验证码。", "draft");
        String moderator = api.token(api.newMemberWithRole("moderator"), WebClient.PASSWORD);
        String member = api.newMemberToken("reader");
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + id, null, null).status());
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + id, null, member).status());
        assertEquals(404, new WebClient().get("/help/a/" + id).status());
        assertEquals("draft", api.json("GET", "/api/v1/help/articles/" + id, null, moderator).json().getString("state"), "moderators read drafts");
        assertFalse(api.json("GET", "/api/v1/help/articles?section=" + section, null, member).body().contains("\"id\":" + id));

        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"state\":\"review\"}", admin).status());
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + id, null, member).status());
        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"state\":\"published\"}", admin).status());
        JsonObject published = api.json("GET", "/api/v1/help/articles/" + id, null, member).json();
        assertEquals("published", published.getString("state"));
        assertFalse(published.containsKey("helpful"), "counts are for staff");
        assertTrue(published.getString("html").contains("<h2 id=\"h-1\">第一步</h2>"), published.getString("html"));
        Page page = new WebClient().acceptLanguage("zh-CN").get("/help/a/" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<a href=\"#h-3\">验证身份</a>"), "a table of contents of its headings");
        assertTrue(page.body().contains("href=\"/help/s/" + category + "\"") && page.body().contains("href=\"/help/s/" + section + "\""),
                "breadcrumbs");
        assertTrue(new WebClient().get("/help/s/" + section).body().contains("id=\"article-" + id + "\""));
        assertTrue(new WebClient().get("/help").body().contains("id=\"section-" + section + "\""));

        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"state\":\"archived\"}", admin).status());
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + id, null, member).status());
    }

    @Test
    void sectionsForStaffAreInvisibleToEveryoneElseIncludingInSearch() {
        String staffOnly = section(api, admin, "STAFF", null);
        String signedIn = section(api, admin, "SIGNED_IN", null);
        String word = SearchProbe.word();
        long internal = article(api, admin, staffOnly, "内部处理流程" + word, "只有客服能看" + word, "published");
        long members = article(api, admin, signedIn, "会员须知" + word, "登录可见" + word, "published");
        String member = api.newMemberToken("member");
        for (String token : new String[] {null, member}) {
            assertEquals(404, api.json("GET", "/api/v1/help/articles/" + internal, null, token).status());
            assertFalse(api.json("GET", "/api/v1/help/sections", null, token).body().contains(staffOnly));
            assertFalse(api.json("GET", "/api/v1/help/articles", null, token).body().contains("\"id\":" + internal + ","));
        }
        assertEquals(404, new WebClient().get("/help/s/" + staffOnly).status());
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + members, null, null).status());
        assertEquals(200, api.json("GET", "/api/v1/help/articles/" + members, null, member).status());

        SearchProbe.until(api, admin, word, r -> r.getJsonNumber("total").longValue() == 2, 20);
        JsonObject asMember = SearchProbe.search(api, member, word);
        assertEquals(1, asMember.getJsonNumber("total").longValue(), asMember.toString());
        assertTrue(SearchProbe.hits("article", members).test(asMember));
        assertFalse(asMember.toString().contains("内部"));
        assertEquals(0, SearchProbe.search(api, null, word).getJsonNumber("total").longValue());
        assertEquals("article", api.json("GET", "/api/v1/search?kind=article&q=" + SearchProbe.enc(word), null, admin).json()
                .getJsonArray("hits").getJsonObject(0).getString("kind"));
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComesNotBefore() throws Exception {
        String section = section(api, admin, "EVERYONE", null);
        String word = SearchProbe.word();
        Page past = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"过去的时间" + word
                + "\",\"body\":\"正文\",\"state\":\"published\",\"publishAt\":\"2020-01-01T00:00:00Z\"}", admin);
        assertEquals(400, past.status());
        assertEquals("publishAt", past.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(api.json("GET", "/api/v1/help/articles?section=" + section, null, admin).body().contains("过去的时间"),
                "nothing half-written");

        Instant soon = Instant.now().plusSeconds(4);
        Page scheduled = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"定时发布的文章" + word
                + "\",\"body\":\"到时候才能看到" + word + "\",\"state\":\"published\",\"publishAt\":\"" + soon + "\"}", admin);
        assertEquals(201, scheduled.status(), scheduled.body());
        long id = scheduled.json().getJsonNumber("id").longValue();
        assertEquals(404, api.json("GET", "/api/v1/help/articles/" + id, null, null).status());
        assertEquals(0, SearchProbe.search(api, null, word).getJsonNumber("total").longValue());
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 200);
        assertEquals(200, api.json("GET", "/api/v1/help/articles/" + id, null, null).status());
        SearchProbe.until(api, null, word, SearchProbe.hits("article", id), 30);
    }

    @Test
    void translationsLinkToOneAnotherOnce() {
        String section = section(api, admin, "EVERYONE", null);
        long zh = article(api, admin, section, "如何注销账号", "注销以后无法恢复。", "published");
        Page en = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"Deleting your account\",\"body\":"
                + "\"It cannot be undone.\",\"lang\":\"en\",\"state\":\"published\",\"translationOf\":" + zh + "}", admin);
        assertEquals(201, en.status(), en.body());
        long enId = en.json().getJsonNumber("id").longValue();
        JsonObject zhJson = api.json("GET", "/api/v1/help/articles/" + zh, null, null).json();
        assertEquals(enId, zhJson.getJsonArray("translations").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("en", zhJson.getJsonArray("translations").getJsonObject(0).getString("lang"));

        Page ofTranslation = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"又一个译文\","
                + "\"body\":\"x\",\"lang\":\"zh-CN\",\"translationOf\":" + enId + "}", admin);
        assertEquals(400, ofTranslation.status());
        assertEquals("translationOf", ofTranslation.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Page sameLanguage = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + section + "\",\"title\":\"Another English one\","
                + "\"body\":\"x\",\"lang\":\"en\",\"translationOf\":" + zh + "}", admin);
        assertEquals(400, sameLanguage.status());

        Page english = new WebClient().acceptLanguage("en").get("/help/a/" + zh);
        assertTrue(english.body().contains("id=\"other-language\"") && english.body().contains("href=\"/help/a/" + enId + "\""),
                "an English reader of the Chinese article is led to the English one");
        Page list = new WebClient().acceptLanguage("en").get("/help/s/" + section);
        assertTrue(list.body().contains("id=\"article-" + enId + "\"") && !list.body().contains("id=\"article-" + zh + "\""),
                "the section lists the reader's language of each article");
        long onlyChinese = article(api, admin, section, "只有中文的文章", "内容", "published");
        assertTrue(new WebClient().acceptLanguage("en").get("/help/a/" + onlyChinese).body().contains("id=\"only-language\""),
                "an article in the other language only says so");
    }

    @Test
    void relatedArticlesShareALabelAndAreOnesTheReaderMaySee() {
        String label = WebClient.uniqueName("l").toLowerCase();
        String open = section(api, admin, "EVERYONE", null);
        String staffOnly = section(api, admin, "STAFF", null);
        long first = article(api, admin, open, "绑定手机的步骤", "正文", "published", label);
        long second = article(api, admin, open, "更换绑定的手机", "正文", "published", label);
        long internal = article(api, admin, staffOnly, "内部处理手机换绑", "正文", "published", label);
        long draft = article(api, admin, open, "手机换绑草稿", "正文", "draft", label);
        long other = article(api, admin, open, "无关的文章", "正文", "published", WebClient.uniqueName("l").toLowerCase());
        String body = new WebClient().get("/help/a/" + first).body();
        String related = body.substring(body.indexOf("<ul id=\"related\">"), body.indexOf("</ul>", body.indexOf("<ul id=\"related\">")));
        assertTrue(related.contains("href=\"/help/a/" + second + "\""), related);
        for (long hidden : new long[] {first, internal, draft, other}) {
            assertFalse(related.contains("href=\"/help/a/" + hidden + "\""), hidden + " in " + related);
        }
    }

    @Test
    void everyEditIsKeptAndAnOldVersionCanComeBack() {
        String section = section(api, admin, "EVERYONE", null);
        long id = article(api, admin, section, "第一版标题", "第一版正文", "published");
        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"body\":\"第二版正文\"}", admin).status());
        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"body\":\"第二版正文\"}", admin).status());
        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page history = staff.get("/help/manage/a/" + id + "/history");
        assertTrue(history.body().contains("id=\"revision-2\"") && !history.body().contains("id=\"revision-3\""),
                "an edit that changes nothing is no new version");
        assertTrue(history.body().contains("- 第一版正文") && history.body().contains("+ 第二版正文"), history.body());
        assertEquals(303, staff.submit("/help/manage/a/" + id + "/history", "/help/manage/a/" + id + "/restore/1", Map.of()).status());
        assertTrue(api.json("GET", "/api/v1/help/articles/" + id, null, null).json().getString("html").contains("第一版正文"));
        assertTrue(staff.get("/help/manage/a/" + id + "/history").body().contains("id=\"revision-3\""));
        assertEquals(404, new WebClient().get("/help/manage/a/" + id + "/history").status(), "the history is not for readers");
    }

    @Test
    void oneAnswerPerPersonOrBrowserAndCommentsForStaff() {
        String section = section(api, admin, "EVERYONE", null);
        long id = article(api, admin, section, "反馈测试文章", "内容", "published");
        String member = api.newMemberToken("rater");
        assertEquals(204, api.json("POST", "/api/v1/help/articles/" + id + "/feedback", "{\"helpful\":true}", member).status());
        assertEquals(204, api.json("POST", "/api/v1/help/articles/" + id + "/feedback", "{\"helpful\":false,\"comment\":\"没有说清楚第二步 "
                + "13812345678\"}", member).status());
        WebClient visitor = new WebClient().acceptLanguage("en");
        for (int i = 0; i < 2; i++) {
            Page article = visitor.get("/help/a/" + id);
            assertEquals(303, visitor.postForm("/help/a/" + id + "/feedback", Map.of("_csrf", article.csrf(), "helpful", "yes")).status());
        }
        JsonObject counts = api.json("GET", "/api/v1/help/articles/" + id, null, admin).json();
        assertEquals(1, counts.getInt("helpful"), counts.toString());
        assertEquals(1, counts.getInt("unhelpful"));
        assertEquals(400, api.json("POST", "/api/v1/help/articles/" + id + "/feedback", "{}", member).status());
        assertEquals(401, api.json("POST", "/api/v1/help/articles/" + id + "/feedback", "{\"helpful\":true}", null).status());

        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page standings = staff.get("/help/manage/feedback");
        assertTrue(standings.body().contains("没有说清楚第二步 138****5678"), "the comment, masked");
        assertFalse(standings.body().contains("13812345678"));
        WebClient plain = new WebClient().acceptLanguage("en");
        plain.signUp(WebClient.uniqueName("plain"));
        assertEquals(403, plain.get("/help/manage/feedback").status(), "readers' comments are for staff");
    }

    @Test
    void everyWriteByEveryKindOfCaller() {
        String target = section(api, admin, "EVERYONE", null);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("user", api.newMemberToken("user"));
        callers.put("moderator", api.token(api.newMemberWithRole("moderator"), WebClient.PASSWORD));
        callers.put("staff", api.token(api.newMemberWithRole("staff"), WebClient.PASSWORD));
        callers.put("admin", admin);
        long existing = article(api, admin, target, "权限测试文章", "内容", "published");
        String board = SearchProbe.board(api, admin, "EVERYONE");
        long solved = SearchProbe.thread(api, admin, board, "权限测试的问题", "内容");
        long answer = api.json("POST", "/api/v1/threads/" + solved + "/posts", "{\"body\":\"回答\"}", admin).json().getJsonNumber("id")
                .longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin).status());
        List<Integer> refused = List.of(401, 403, 403);
        int i = 0;
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            boolean allowed = caller.getKey().equals("staff") || caller.getKey().equals("admin");
            String token = caller.getValue();
            expect(allowed ? 201 : refused.get(i), api.json("POST", "/api/v1/help/sections", "{\"slug\":\""
                    + WebClient.uniqueName("m").toLowerCase() + "\",\"name\":\"M\"}", token), caller.getKey() + " makes a section");
            expect(allowed ? 201 : refused.get(i), api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + target
                    + "\",\"title\":\"权限矩阵文章\",\"body\":\"正文\"}", token), caller.getKey() + " writes an article");
            expect(allowed ? 200 : refused.get(i), api.json("PATCH", "/api/v1/help/articles/" + existing, "{\"body\":\"改" + i + "\"}",
                    token), caller.getKey() + " edits");
            expect(allowed ? 200 : refused.get(i), api.json("PATCH", "/api/v1/help/sections/" + target, "{\"name\":\"改名" + i + "\"}",
                    token), caller.getKey() + " renames a section");
            expect(allowed ? 201 : refused.get(i), api.json("POST", "/api/v1/threads/" + solved + "/promote", "{\"section\":\"" + target
                    + "\"}", token), caller.getKey() + " promotes a solved thread");
            i = Math.min(i + 1, refused.size() - 1);
        }
    }

    private static void expect(int status, Page page, String what) {
        assertEquals(status, page.status(), what + ": " + page.body());
    }

    @Test
    void badInputIsRefusedByNameAndTheEditorKeepsTheText() {
        String section = section(api, admin, "EVERYONE", null);
        for (String body : List.of("{\"section\":\"" + section + "\",\"title\":\"\",\"body\":\"x\"}",
                "{\"section\":\"" + section + "\",\"title\":\"" + "长".repeat(121) + "\",\"body\":\"x\"}",
                "{\"section\":\"" + section + "\",\"title\":\"正常标题\",\"body\":\"\"}",
                "{\"section\":\"" + section + "\",\"title\":\"正常标题\",\"body\":\"" + "字".repeat(100_001) + "\"}",
                "{\"section\":\"nosuch-section\",\"title\":\"正常标题\",\"body\":\"x\"}",
                "{\"section\":\"" + section + "\",\"title\":\"正常标题\",\"body\":\"x\",\"lang\":\"fr\"}",
                "{\"section\":\"" + section + "\",\"title\":\"正常标题\",\"body\":\"x\",\"state\":\"gone\"}",
                "{\"section\":\"" + section + "\",\"title\":\"正常标题\",\"body\":\"x\",\"publishAt\":\"tomorrow\",\"state\":\"published\"}")) {
            Page refused = new WebClient().acceptLanguage("zh-CN").json("POST", "/api/v1/help/articles", body, admin);
            assertEquals(400, refused.status(), body.substring(0, Math.min(body.length(), 120)) + ": " + refused.body());
            assertEquals("application/problem+json", refused.header("Content-Type").orElse("").split(";")[0]);
        }
        assertEquals(0, api.json("GET", "/api/v1/help/articles?section=" + section, null, admin).jsonArray().size(), "nothing written");

        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page kept = staff.submit("/help/manage/new", "/help/manage/new", Map.of("section", section, "title", "", "body", "我写了很多字的正文",
                "lang", "zh-CN", "state", "draft"));
        assertEquals(400, kept.status());
        assertTrue(kept.body().contains("我写了很多字的正文"), "the editor keeps the text");
        Page preview = staff.submit("/help/manage/new", "/help/manage/new", Map.of("section", section, "title", "预览", "body",
                "## 标题\n\n**粗体**", "lang", "zh-CN", "state", "draft", "action", "preview"));
        assertTrue(preview.body().contains("<strong>粗体</strong>"), "a preview without JavaScript");
    }

    @Test
    void aSolvedThreadBecomesADraftArticleAndTheThreadSaysSo() {
        String board = WebClient.uniqueName("hp").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + board + "\",\"name\":\"提问\"}", admin).status());
        String asker = api.newMemberToken("asker");
        long thread = SearchProbe.thread(api, asker, board, "红包发不出去怎么办", "一直提示操作频繁 13812345678");
        String section = section(api, admin, "EVERYONE", null);
        Page unsolved = api.json("POST", "/api/v1/threads/" + thread + "/promote", "{\"section\":\"" + section + "\"}", admin);
        assertEquals(409, unsolved.status(), unsolved.body());
        long answer = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"等十分钟再试，或者先完成实名认证。\"}", admin)
                .json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin).status());

        WebClient staffPage = new WebClient().acceptLanguage("zh-CN");
        staffPage.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        assertTrue(staffPage.get("/t/" + thread).body().contains("href=\"/help/promote/" + thread + "\""), "staff are offered to promote it");

        Page promoted = api.json("POST", "/api/v1/threads/" + thread + "/promote", "{\"section\":\"" + section + "\"}", admin);
        assertEquals(201, promoted.status(), promoted.body());
        assertEquals("draft", promoted.json().getString("state"));
        long id = promoted.json().getJsonNumber("id").longValue();
        JsonObject draft = api.json("GET", "/api/v1/help/articles/" + id, null, admin).json();
        assertEquals("红包发不出去怎么办", draft.getString("title"));
        assertTrue(draft.getString("html").contains("等十分钟再试") && draft.getString("html").contains("138****5678")
                && !draft.getString("html").contains("13812345678"), draft.getString("html"));
        assertTrue(draft.getString("html").contains("href=\"/t/" + thread + "\""), "a link back");
        assertEquals(thread, draft.getJsonNumber("sourceThread").longValue());
        assertFalse(new WebClient().get("/t/" + thread).body().contains("/help/a/" + id), "a draft is not shown to readers");

        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"state\":\"published\"}", admin).status());
        assertTrue(new WebClient().get("/t/" + thread).body().contains("href=\"/help/a/" + id + "\""), "the thread links to its article");
        assertTrue(new WebClient().get("/help/a/" + id).body().contains("href=\"/t/" + thread + "\""), "the article to its thread");
        assertEquals(200, api.json("PATCH", "/api/v1/help/articles/" + id, "{\"body\":\"文章改写了\"}", admin).status());
        assertTrue(api.json("GET", "/api/v1/threads/" + thread, null, null).body().contains("等十分钟再试"), "the thread stays as it was");

        long gone = SearchProbe.thread(api, admin, board, "删除了的问题", "内容");
        long goneOpening = api.json("GET", "/api/v1/threads/" + gone, null, admin).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + goneOpening, null, admin).status());
        assertEquals(404, api.json("POST", "/api/v1/threads/" + gone + "/promote", "{\"section\":\"" + section + "\"}", admin).status());
        assertEquals(400, api.json("POST", "/api/v1/threads/" + thread + "/promote", "{\"section\":\"nosuch\"}", admin).status());
    }

    @Test
    void articlesComeFirstAmongTheSimilarQuestionsWhileComposing() {
        String section = section(api, admin, "EVERYONE", null);
        String word = SearchProbe.word();
        long id = article(api, admin, section, "账号被冻结怎么解封" + word, "在安全中心申请解封", "published");
        String board = SearchProbe.board(api, admin, "EVERYONE");
        long thread = SearchProbe.thread(api, admin, board, "账号冻结了怎么办" + word, "说是异常");
        long answer = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"申请解封\"}", admin).json()
                .getJsonNumber("id").longValue();
        api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin);
        // the accepted answer reaches the index after the thread: wait for the thread to be found solved
        SearchProbe.until(api, null, word, r -> r.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("kind").equals("thread") && h.getBoolean("solved")), 20);
        JsonObject similar = api.json("GET", "/api/v1/search/similar?title=" + SearchProbe.enc("我的账号冻结了" + word), null, null).json();
        assertEquals("article", similar.getJsonArray("hits").getJsonObject(0).getString("kind"), similar.toString());
        assertEquals(id, similar.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(similar.getJsonArray("hits").size() >= 2, "then the solved question: " + similar);
    }
}
