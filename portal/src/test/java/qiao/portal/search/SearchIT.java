package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
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
 * Search in the running site (the embedded index): what is written is found at once and as it is
 * now (edited, deleted, restored, moved, solved), the page and the API answer alike, and bad input
 * is a clear 400 or a notice, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    @Test
    void findsWhatIsWrittenAtOnceAndAsItIsNow() {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String member = api.newMemberToken("writer");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, member, board, "为什么我发不了" + word, "点了发送以后一直提示操作频繁");
        long took = SearchProbe.until(api, null, word, SearchProbe.hits("thread", thread));
        System.out.println("A new thread was searchable after " + took + " ms (polling every 50 ms)");

        JsonObject hit = SearchProbe.search(api, null, word).getJsonArray("hits").getJsonObject(0);
        assertEquals("/t/" + thread, hit.getString("url"));
        assertEquals(board, hit.getString("board"));
        assertEquals(thread, hit.getJsonNumber("thread").longValue());
        assertFalse(hit.getBoolean("solved"));
        assertTrue(hit.getString("titleHtml").contains("<mark>" + word + "</mark>"), hit.toString());

        long opening = api.json("GET", "/api/v1/threads/" + thread, null, member).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String edited = SearchProbe.word();
        assertEquals(200, api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"改成了" + edited + "\"}", member).status());
        SearchProbe.until(api, null, edited, SearchProbe.hits("thread", thread));

        String replyWord = SearchProbe.word();
        Page reply = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"试试重新登录" + replyWord + "\"}", admin);
        assertEquals(201, reply.status(), reply.body());
        long replyId = reply.json().getJsonNumber("id").longValue();
        SearchProbe.until(api, null, replyWord, SearchProbe.hits("post", replyId));
        JsonObject replyHit = SearchProbe.search(api, null, replyWord).getJsonArray("hits").getJsonObject(0);
        assertEquals("/t/" + thread + "#post-" + replyId, replyHit.getString("url"));
        assertTrue(replyHit.getString("snippet").contains("<mark>" + replyWord + "</mark>"), replyHit.toString());

        assertEquals(200, api.json("POST", "/api/v1/posts/" + replyId + "/accept", "", member).status());
        SearchProbe.until(api, null, word, r -> !r.getJsonArray("hits").isEmpty() && r.getJsonArray("hits").getJsonObject(0).getBoolean("solved"));
        SearchProbe.until(api, null, replyWord, r -> r.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .anyMatch(h -> h.getString("kind").equals("thread") && h.getBoolean("solved")));
        assertEquals(0, api.json("GET", "/api/v1/search?solved=false&q=" + SearchProbe.enc(replyWord), null, null).json().getJsonNumber("total")
                .longValue(), "the reply of a solved thread is solved too");
        assertEquals(1, api.json("GET", "/api/v1/search?solved=true&kind=post&q=" + SearchProbe.enc(replyWord), null, null).json()
                .getJsonNumber("total").longValue());

        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + opening, null, admin).status());
        SearchProbe.until(api, null, word, SearchProbe.none());
        SearchProbe.until(api, null, replyWord, SearchProbe.none());
        assertEquals(200, api.json("POST", "/api/v1/posts/" + opening + "/restore", "", admin).status());
        SearchProbe.until(api, null, replyWord, SearchProbe.hits("post", replyId));
    }

    @Test
    void contentMovedIntoAStaffBoardDisappearsForEveryoneElse() {
        String open = SearchProbe.board(api, admin, "EVERYONE");
        String staffOnly = SearchProbe.board(api, admin, "STAFF");
        String member = api.newMemberToken("mover");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, member, open, "账号冻结" + word, "申请解封");
        SearchProbe.until(api, member, word, SearchProbe.hits("thread", thread));
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + staffOnly + "\"}", admin).status());
        SearchProbe.until(api, member, word, SearchProbe.none());
        SearchProbe.until(api, null, word, SearchProbe.none());
        assertEquals(1, SearchProbe.search(api, admin, word).getJsonNumber("total").longValue(), "staff still find it");
    }

    @Test
    void aStaffBoardNeverReachesAPlainUserThroughAnySearchPath() {
        String open = SearchProbe.board(api, admin, "EVERYONE");
        String staffOnly = SearchProbe.board(api, admin, "STAFF");
        String signedIn = SearchProbe.board(api, admin, "SIGNED_IN");
        String word = SearchProbe.word();
        long inOpen = SearchProbe.thread(api, admin, open, "公开的" + word, "大家都能看");
        long inStaff = SearchProbe.thread(api, admin, staffOnly, "内部的" + word, "内部处理办法" + word);
        long inSignedIn = SearchProbe.thread(api, admin, signedIn, "会员的" + word, "登录可见");
        Page answer = api.json("POST", "/api/v1/threads/" + inStaff + "/posts", "{\"body\":\"内部回复" + word + "\"}", admin);
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer.json().getJsonNumber("id").longValue() + "/accept", "", admin).status());
        SearchProbe.until(api, admin, word, r -> r.getJsonNumber("total").longValue() == 4);

        String member = api.newMemberToken("plain");
        JsonObject asMember = SearchProbe.search(api, member, word);
        assertEquals(2, asMember.getJsonNumber("total").longValue(), asMember.toString());
        assertTrue(SearchProbe.hits("thread", inOpen).test(asMember) && SearchProbe.hits("thread", inSignedIn).test(asMember));
        assertFalse(asMember.toString().contains("内部"), "no hit, snippet or title of the staff board: " + asMember);
        assertFalse(asMember.toString().contains(staffOnly), "not among the boards counted: " + asMember);
        JsonObject anonymous = SearchProbe.search(api, null, word);
        assertEquals(1, anonymous.getJsonNumber("total").longValue());
        assertTrue(SearchProbe.hits("thread", inOpen).test(anonymous));

        Page staffFilter = api.json("GET", "/api/v1/search?q=" + SearchProbe.enc(word) + "&board=" + staffOnly, null, member);
        Page unknownFilter = api.json("GET", "/api/v1/search?q=" + SearchProbe.enc(word) + "&board=" + staffOnly + "x", null, member);
        assertEquals(400, staffFilter.status());
        assertEquals(unknownFilter.json().getJsonArray("errors"), staffFilter.json().getJsonArray("errors"),
                "a board one cannot read answers like one that does not exist");

        Page similar = api.json("GET", "/api/v1/search/similar?title=" + SearchProbe.enc("内部的" + word), null, member);
        assertEquals(200, similar.status());
        assertFalse(similar.body().contains("内部"), similar.body());
        assertTrue(api.json("GET", "/api/v1/search/similar?title=" + SearchProbe.enc("内部的" + word), null, admin).body()
                .contains("\"id\":" + inStaff), "staff are shown the solved question of their board");

        WebClient page = new WebClient();
        page.signUp(WebClient.uniqueName("reader"));
        String html = page.get("/search?q=" + SearchProbe.enc(word)).body();
        assertFalse(html.contains("内部") || html.contains("/b/" + staffOnly), "nor on the page");
        assertFalse(page.get("/search?q=" + SearchProbe.enc(word)).body().contains("<option value=\"" + staffOnly + "\""),
                "nor among the boards to filter by");
        assertFalse(page.get("/search/similar?title=" + SearchProbe.enc("内部的" + word)).body().contains("内部"));
    }

    @Test
    void thePageShowsHitsFiltersAndAWayToAsk() {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, admin, board, "QQ号被盗" + word, "怎么申诉找回 13812345678");
        SearchProbe.until(api, null, word, SearchProbe.hits("thread", thread));
        WebClient visitor = new WebClient().acceptLanguage("zh-CN");
        Page page = visitor.get("/search?q=" + SearchProbe.enc(word));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"hit-thread-" + thread + "\""), page.body());
        assertTrue(page.body().contains("<mark>" + word + "</mark>"));
        assertTrue(page.body().contains("138****5678") && !page.body().contains("13812345678"), "snippets show masked data only");
        assertTrue(page.body().contains("value=\"" + word + "\""), "the query stays in the box");

        Page nothing = visitor.get("/search?q=" + SearchProbe.enc(SearchProbe.word() + SearchProbe.word()));
        assertTrue(nothing.body().contains("id=\"search-empty\""));
        assertTrue(nothing.body().contains("/b/" + board + "/new?title="), "offers to ask, the question prefilled");
        WebClient asker = new WebClient();
        asker.signUp(WebClient.uniqueName("asker"));
        Page composer = asker.get("/b/" + board + "/new?title=" + SearchProbe.enc("发不了红包"));
        assertTrue(composer.body().contains("value=\"发不了红包\""), "the composer starts with the question");

        assertTrue(new WebClient().get("/").body().contains("action=\"/search\""), "every page has the search box");
        assertTrue(new WebClient().get("/search").body().contains("id=\"search-hint\""));
    }

    @Test
    void suggestsASpellingThatTheCallerCanFind() {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        StringBuilder letters = new StringBuilder("zebrafq");
        for (int i = 0; i < 4; i++) {
            letters.append("bcdfghjklmnpqrtvwxz".charAt(ThreadLocalRandom.current().nextInt(19)));
        }
        String english = letters.toString();
        long thread = SearchProbe.thread(api, admin, board, "How to " + english + " my account", "Steps to " + english);
        SearchProbe.until(api, null, english, SearchProbe.hits("thread", thread));
        String typo = english.substring(0, 3) + english.substring(4);
        JsonObject found = SearchProbe.search(api, null, typo);
        assertEquals(1, found.getJsonNumber("total").longValue(), "a close misspelling still finds it: " + found);
        assertEquals(english, found.getString("didYouMean", ""), "and the page says how it is spelt: " + found);
        assertFalse(SearchProbe.search(api, null, english).containsKey("didYouMean") && !SearchProbe.search(api, null, english).isNull("didYouMean"),
                "a word that is there needs no correction");

        String staffOnly = SearchProbe.board(api, admin, "STAFF");
        String secret = english.replace("zebra", "okapi");
        SearchProbe.thread(api, admin, staffOnly, "Internal " + secret, "only staff");
        SearchProbe.until(api, admin, secret, r -> r.getJsonNumber("total").longValue() == 1);
        String secretTypo = secret.substring(0, 3) + secret.substring(4);
        JsonObject member = SearchProbe.search(api, api.newMemberToken("speller"), secretTypo);
        assertEquals(0, member.getJsonNumber("total").longValue());
        assertTrue(!member.containsKey("didYouMean") || member.isNull("didYouMean"), "no suggestion from a board one cannot read: " + member);
    }

    @Test
    void refusesBadInputByNameInTheCallersLanguage() {
        for (String query : List.of("q=", "q=%20%E2%80%8B%07%09", "q=" + "a".repeat(500), "q=x&page=-1", "q=x&page=99999999999",
                "q=x&page=abc", "q=x&from=2026-13-45", "q=x&to=yesterday", "q=x&from=2026-12-02&to=2026-12-01", "q=x&kind=all",
                "q=x&sort=random", "q=x&solved=maybe", "q=x&board=" + WebClient.uniqueName("nosuch").toLowerCase())) {
            Page zh = new WebClient().acceptLanguage("zh-CN").json("GET", "/api/v1/search?" + query, null, null);
            assertEquals(400, zh.status(), query + ": " + zh.body());
            assertEquals("application/problem+json", zh.header("Content-Type").orElse("").split(";")[0]);
            assertFalse(zh.json().getJsonArray("errors").isEmpty(), zh.body());
            Page page = new WebClient().acceptLanguage("en").get("/search?" + query);
            assertEquals(200, page.status(), query);
            assertTrue(page.body().contains("class=\"error-summary\""), query + " gives a notice");
        }
        for (String query : List.of("\"(*:~^\\/[", "\"unbalanced", "title:*", "AND OR", "{!lucene}", "**", "\\")) {
            assertEquals(200, api.json("GET", "/api/v1/search?q=" + SearchProbe.enc(query), null, null).status(), query);
            assertEquals(200, new WebClient().get("/search?q=" + SearchProbe.enc(query)).status(), query);
        }
        for (String huge : List.of("a".repeat(10_000), "%E7%BA%A2".repeat(2_000))) {
            Page api414 = new WebClient().acceptLanguage("zh-CN").json("GET", "/api/v1/search?q=" + huge, null, null);
            assertEquals(414, api414.status(), "a query of thousands of characters is a longer address than any page takes");
            assertEquals("application/problem+json", api414.header("Content-Type").orElse("").split(";")[0]);
            assertTrue(api414.json().getString("detail").contains("网址"), api414.body());
            Page page414 = new WebClient().acceptLanguage("zh-CN").get("/search?q=" + huge);
            assertEquals(414, page414.status());
            assertTrue(page414.body().contains("<html"), "a themed page");
        }
        Page longPage = new WebClient().acceptLanguage("en").get("/search?q=" + "a".repeat(500));
        assertTrue(longPage.body().contains("200 characters at most"), "a long query is searched by its start, and says so");

        Page english = new WebClient().acceptLanguage("en").json("GET", "/api/v1/search?q=x&sort=random", null, null);
        assertEquals("sort", english.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Not one of the orders: relevance, newest.", english.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(400, api.json("GET", "/api/v1/search/similar?title=&body=", null, null).status());
    }

    @Test
    void adminsSeeTheIndexAndRebuildItWhileItServes() {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, admin, board, "重建索引" + word, "重建的时候照样能搜到");
        SearchProbe.until(api, null, word, SearchProbe.hits("thread", thread));
        JsonObject status = api.json("GET", "/api/v1/admin/search", null, admin).json();
        assertTrue(status.getString("engine").contains("Lucene"), status.toString());
        assertTrue(status.getBoolean("available"));
        long documents = status.getJsonNumber("documents").longValue();
        assertTrue(documents > 0);

        Page started = api.json("POST", "/api/v1/admin/search/reindex", "", admin);
        assertEquals(202, started.status(), started.body());
        long deadline = System.currentTimeMillis() + 60_000;
        JsonObject reindex;
        do {
            assertTrue(SearchProbe.search(api, null, word).getJsonNumber("total").longValue() >= 1, "search keeps serving during the rebuild");
            reindex = api.json("GET", "/api/v1/admin/search", null, admin).json().getJsonObject("reindex");
        } while (!"done".equals(reindex.getString("state")) && System.currentTimeMillis() < deadline);
        assertEquals("done", reindex.getString("state"), reindex.toString());
        assertEquals(100, reindex.getInt("percent"));
        assertEquals(reindex.getJsonNumber("total").longValue(), reindex.getJsonNumber("done").longValue());
        SearchProbe.until(api, null, word, SearchProbe.hits("thread", thread));

        String member = api.newMemberToken("curious");
        assertEquals(403, api.json("GET", "/api/v1/admin/search", null, member).status());
        assertEquals(403, api.json("POST", "/api/v1/admin/search/reindex", "", member).status());
        WebClient staffPage = new WebClient().acceptLanguage("en");
        staffPage.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page page = staffPage.get("/admin/search");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"search-documents\"") && page.body().contains("id=\"reindex-start\""));
        assertEquals(303, staffPage.submit("/admin/search", "/admin/search/reindex", Map.of()).status());
    }

    @Test
    void countsQuestionsThatSelfServiceAnswered() {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long solvedThread = SearchProbe.thread(api, admin, board, "红包发不出去" + word, "提示操作频繁");
        Page reply = api.json("POST", "/api/v1/threads/" + solvedThread + "/posts", "{\"body\":\"等十分钟再试\"}", admin);
        long answer = reply.json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin).status());
        SearchProbe.until(api, null, word, r -> r.getJsonArray("hits").stream().map(JsonObject.class::cast).anyMatch(h -> h.getBoolean("solved")));

        JsonObject before = api.json("GET", "/api/v1/admin/search", null, admin).json().getJsonObject("selfService");
        WebClient writer = new WebClient().acceptLanguage("zh-CN");
        writer.signUp(WebClient.uniqueName("writer"));
        Page composer = writer.get("/b/" + board + "/new");
        String token = value(composer.body(), "deflection");
        Page checked = writer.submit("/b/" + board + "/new", "/b/" + board + "/new", Map.of("title", "红包发不出去" + word, "body", "",
                "kind", "question", "key", value(composer.body(), "key"), "deflection", token, "action", "similar"));
        assertEquals(200, checked.status());
        assertTrue(checked.body().contains("id=\"similar-thread-" + solvedThread + "\""), "the solved question is suggested");
        assertTrue(checked.body().contains("value=\"红包发不出去" + word + "\""), "the text is kept");
        Page live = writer.get("/search/similar?title=" + SearchProbe.enc("红包发不出去" + word) + "&deflection=" + token);
        assertTrue(live.body().contains("id=\"similar-thread-" + solvedThread + "\"") && !live.body().contains("<html"));
        Page opened = writer.get("/search/open?d=" + token + "&kind=thread&id=" + solvedThread + "&to=" + SearchProbe.enc("/t/" + solvedThread));
        assertEquals(303, opened.status());
        assertTrue(opened.location().endsWith("/t/" + solvedThread), opened.location());
        String elsewhere = writer.get("/search/open?d=" + token + "&kind=thread&id=1&to=" + SearchProbe.enc("https://evil.example/")).location();
        assertTrue(elsewhere.endsWith("19080/") || elsewhere.equals("/"), "never to another site: " + elsewhere);

        JsonObject after = api.json("GET", "/api/v1/admin/search", null, admin).json().getJsonObject("selfService");
        assertEquals(before.getInt("shown") + 1, after.getInt("shown"));
        assertEquals(before.getInt("opened") + 1, after.getInt("opened"));
        assertEquals(before.getInt("answered") + 1, after.getInt("answered"));

        Page posted = writer.submit("/b/" + board + "/new", "/b/" + board + "/new", Map.of("title", "红包还是发不出去" + SearchProbe.word(), "body",
                "试过了还是不行", "kind", "question", "key", value(composer.body(), "key"), "deflection", token));
        assertEquals(303, posted.status(), posted.body());
        JsonObject last = api.json("GET", "/api/v1/admin/search", null, admin).json().getJsonObject("selfService");
        assertEquals(before.getInt("answered"), last.getInt("answered"), "posting anyway means self-service did not answer it");
    }

    private static String value(String html, String name) {
        var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(matcher.find(), name + " in " + html);
        return matcher.group(1);
    }

}
