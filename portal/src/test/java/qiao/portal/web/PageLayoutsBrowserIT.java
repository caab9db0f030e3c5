package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;
import qiao.portal.browser.Chromium;

/**
 * Every kind of page, on a phone and on a desktop, in Chromium: nothing wider than the screen,
 * labels that do not break inside a word, buttons that do not squeeze the title, descriptions
 * that are not crushed, error pages without a pill; screenshots under target/screenshots, and
 * axe-core over each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageLayoutsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private record Site(String slug, long question, long opening, long suggestion, String tag, String member, String helpSection,
            long article) {
    }

    private static Site site() {
        WebClient api = new WebClient();
        String admin = api.adminToken();
        String slug = WebClient.uniqueName("layout").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"账号与安全\","
                + "\"description\":\"密码、登录、手机绑定、实名认证、账号被盗找回、异地登录提醒，以及其他一切与账号安全有关的问题\"}",
                admin).status());
        String member = new WebClient().signUp(WebClient.uniqueName("layoutuser"));
        String token = api.token(member, WebClient.PASSWORD);
        String tag = WebClient.uniqueName("tag").toLowerCase();
        long question = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"手机丢了以后怎么冻结账号并且找回绑定的"
                + "银行卡和支付密码？\",\"body\":\"昨天手机丢了。\",\"kind\":\"question\",\"tags\":[\"" + tag + "\",\"登录\"]}", token)
                .json().getJsonNumber("id").longValue();
        long opening = api.json("GET", "/api/v1/threads/" + question, null, null).json().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long answer = api.json("POST", "/api/v1/threads/" + question + "/posts", "{\"body\":\"先去安全中心冻结。\"}", admin)
                .json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", null, admin).status());
        long suggestion = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"希望支持指纹登录\",\"body\":\"方便\","
                + "\"kind\":\"suggestion\"}", token).json().getJsonNumber("id").longValue();
        api.json("PUT", "/api/v1/threads/" + suggestion + "/status", "{\"status\":\"in_progress\",\"note\":\"开发中\"}", admin);
        api.json("PUT", "/api/v1/tags/" + tag, "{\"description\":\"layout\",\"staffOnly\":false}", admin);
        api.json("PATCH", "/api/v1/posts/" + opening, "{\"body\":\"昨天手机丢了，已挂失。\"}", token);
        String helpSection = WebClient.uniqueName("layouthelp").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/help/sections", "{\"slug\":\"" + helpSection + "\",\"name\":\"账号与安全\","
                + "\"description\":\"密码、登录、手机绑定和账号找回\",\"access\":\"EVERYONE\"}", admin).status());
        long article = api.json("POST", "/api/v1/help/articles", "{\"section\":\"" + helpSection + "\",\"title\":\"手机丢了以后怎么冻结"
                + "账号、解绑银行卡并重新设置支付密码\",\"body\":\"## 冻结账号\\n\\n打开安全中心。\\n\\n## 解绑银行卡\\n\\n联系客服。\","
                + "\"lang\":\"zh-CN\",\"labels\":[\"账号\"],\"state\":\"published\"}", admin).json().getJsonNumber("id").longValue();
        return new Site(slug, question, opening, suggestion, tag, member, helpSection, article);
    }

    @Test
    void everyPageFitsAPhoneAndADesktop() throws IOException {
        Site site = site();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("board", "/b/" + site.slug());
        pages.put("question", "/t/" + site.question());
        pages.put("suggestion", "/t/" + site.suggestion());
        pages.put("tags", "/tags");
        pages.put("tag", "/tags/" + site.tag());
        pages.put("member", "/u/" + site.member());
        pages.put("signin", "/signin");
        pages.put("signup", "/signup");
        pages.put("not-found", "/no-such-page");
        pages.put("compose", "/b/" + site.slug() + "/new");
        pages.put("profile", "/profile");
        pages.put("notifications", "/notifications");
        pages.put("admin-boards", "/admin/boards");
        pages.put("admin-board", "/admin/boards/" + site.slug());
        pages.put("admin-users", "/admin/users");
        pages.put("admin-tags", "/admin/tags");
        pages.put("admin-backups", "/admin/backups");
        pages.put("history", "/t/" + site.question() + "/posts/" + site.opening() + "/history");
        pages.put("edit", "/t/" + site.question() + "/posts/" + site.opening() + "/edit");
        pages.put("search", "/search?q=" + URLEncoder.encode("手机 冻结", StandardCharsets.UTF_8));
        pages.put("admin-search", "/admin/search");
        pages.put("help", "/help");
        pages.put("help-section", "/help/s/" + site.helpSection());
        pages.put("help-article", "/help/a/" + site.article());
        pages.put("help-manage", "/help/manage");
        pages.put("help-new", "/help/manage/new");
        pages.put("help-edit", "/help/manage/a/" + site.article());
        pages.put("help-history", "/help/manage/a/" + site.article() + "/history");
        pages.put("help-feedback", "/help/manage/feedback");
        pages.put("help-promote", "/help/promote/" + site.question());
        List<String> problems = new ArrayList<>();
        for (String size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            String label = size.equals(Chromium.PHONE) ? "phone" : "desktop";
            try (Chromium chromium = new Chromium(size)) {
                WebDriver browser = chromium.driver();
                chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    chromium.open(page.getValue());
                    String name = label + "-" + page.getKey();
                    chromium.screenshot(name);
                    long overflow = (Long) js(browser).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (overflow > 1) {
                        problems.add(name + ": " + overflow + " px wider than the screen");
                    }
                }
                chromium.open("/t/" + site.question());
                checkThreadHeading(browser, label, problems);
                chromium.open("/");
                checkBoardDescriptions(browser, label, site.slug(), problems);
                chromium.open("/no-such-page");
                assertEquals("0px", js(browser).executeScript("return getComputedStyle(document.querySelector("
                        + "'.error-page .status-code')).borderTopLeftRadius"), "the status number is no pill");
                assertTrue(chromium.pagesAudited() >= pages.size(), "axe-core looked at every page");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkThreadHeading(WebDriver browser, String label, List<String> problems) {
        for (String badge : List.of("#solved-badge", ".kind", ".tag")) {
            String whiteSpace = (String) js(browser).executeScript("const e = document.querySelector(arguments[0]);"
                    + "return e ? getComputedStyle(e).whiteSpace : 'missing';", badge);
            if (!"nowrap".equals(whiteSpace)) {
                problems.add(label + " thread: " + badge + " may break inside a word (" + whiteSpace + ")");
            }
        }
        Boolean overlaps = (Boolean) js(browser).executeScript("const f = document.getElementById('follow-thread-form')"
                + ".getBoundingClientRect(), h = document.getElementById('thread-title').getBoundingClientRect();"
                + "return f.bottom > h.top + 1 && f.top < h.bottom - 1;");
        if (label.equals("phone") && overlaps) {
            problems.add("phone thread: the follow button sits beside the title and squeezes it");
        }
        browser.findElement(By.id("thread-title"));
    }

    private static void checkBoardDescriptions(WebDriver browser, String label, String slug, List<String> problems) {
        Double share = ((Number) js(browser).executeScript("const row = document.getElementById('board-' + arguments[0]);"
                + "return row.querySelector('p.muted').getBoundingClientRect().width / row.getBoundingClientRect().width;",
                slug)).doubleValue();
        if (label.equals("phone") && share < 0.7) {
            problems.add("phone home: the board description gets only " + Math.round(share * 100) + " % of the row");
        }
    }

    private static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }

    @Test
    void theAuditCatchesWhatIsWrong() throws IOException {
        try (Chromium chromium = new Chromium()) {
            chromium.open("/signin");
            js(chromium.driver()).executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + "'<img src=\\'/favicon.svg\\'><a href=\\'/\\'></a>')");
            List<String> found = chromium.auditAgain();
            assertTrue(found.stream().anyMatch(v -> v.contains("image-alt")) && found.stream().anyMatch(v -> v.contains(
                    "link-name")), "axe-core reports an image without text and an empty link: " + found);
        }
    }

    @Test
    void aBoardShowsAPinnedThreadOnceAndADeletedPostHasNoVotesOrAcceptButton() {
        Site site = site();
        WebClient api = new WebClient();
        String admin = api.adminToken();
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + site.question() + "/pin", "{\"scope\":\"board\"}", admin).status());
        String board = new WebClient().get("/b/" + site.slug()).body();
        assertEquals(1, board.split("href=\"/t/" + site.question() + "\"", -1).length - 1, "pinned, and listed once");

        long reply = api.json("POST", "/api/v1/threads/" + site.question() + "/posts", "{\"body\":\"to be deleted\"}",
                api.newMemberToken("gone")).json().getJsonNumber("id").longValue();
        assertEquals(204, api.json("DELETE", "/api/v1/posts/" + reply, null, admin).status());
        WebClient staff = new WebClient();
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page thread = staff.get("/t/" + site.question());
        String deleted = thread.body().substring(thread.body().indexOf("id=\"post-" + reply + "\""));
        deleted = deleted.substring(0, deleted.indexOf("</article>"));
        assertTrue(deleted.contains("id=\"restore-" + reply + "\""), "moderators may restore it");
        assertTrue(!deleted.contains("id=\"votes-" + reply + "\"") && !deleted.contains("id=\"accept-" + reply + "\""),
                "but nobody votes on or accepts a deleted post: " + deleted);
    }
}
