package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.browser.Chromium;

/**
 * In Chromium, on a desktop and on a phone: a visitor searches from the header box, narrows the
 * results, finds nothing and is offered to ask; a writer sees similar solved questions appear while
 * typing a title (htmx), and without JavaScript by the check button; an admin rebuilds the index.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient();
    private final String admin = api.adminToken();

    @Test
    void searchFromTheHeaderNarrowAndAsk() throws IOException {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, admin, board, "为什么我发不了红包" + word, "一直提示操作频繁，零钱里有余额" + word);
        SearchProbe.until(api, null, word, SearchProbe.hits("thread", thread));
        for (String size : new String[] {Chromium.DESKTOP, Chromium.PHONE}) {
            String device = size.equals(Chromium.PHONE) ? "phone" : "desktop";
            try (Chromium chromium = new Chromium(size)) {
                WebDriver browser = chromium.driver();
                chromium.open("/");
                browser.findElement(By.id("site-search-q")).sendKeys("红包" + word + Keys.ENTER);
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-thread-" + thread)));
                assertEquals("红包" + word, browser.findElement(By.id("search-q")).getAttribute("value"));
                assertEquals(2, browser.findElements(By.cssSelector("#hit-thread-" + thread + " mark")).size(), "both words marked");
                chromium.screenshot("search-results-" + device);

                browser.findElement(By.cssSelector("#search-more summary")).click();
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-solved"))).selectByValue("true");
                browser.findElement(By.id("search-apply")).click();
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
                assertTrue(browser.findElement(By.id("search-more")).getAttribute("open") != null, "filters in use stay open");
                browser.findElement(By.id("ask-in-" + board)).click();
                chromium.waiting().until(ExpectedConditions.urlContains("/signin"));
                chromium.screenshot("search-ask-signin-" + device);
            }
        }
    }

    @Test
    void similarSolvedQuestionsAppearWhileTyping() throws IOException {
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long solved = SearchProbe.thread(api, admin, board, "账号被冻结如何解封" + word, "说是存在异常行为");
        long answer = api.json("POST", "/api/v1/threads/" + solved + "/posts", "{\"body\":\"在安全中心申请解封\"}", admin).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin).status());
        SearchProbe.until(api, null, word, r -> !r.getJsonArray("hits").isEmpty() && r.getJsonArray("hits").getJsonObject(0).getBoolean("solved"));
        String writer = new WebClient().signUp(WebClient.uniqueName("typist"));
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(writer, WebClient.PASSWORD);
            chromium.open("/b/" + board + "/new");
            assertFalse(browser.findElement(By.id("similar")).isDisplayed(), "nothing shown before anything is typed");
            browser.findElement(By.id("title")).sendKeys("我的账号冻结了" + word);
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("similar-thread-" + solved)));
            assertEquals("我的账号冻结了" + word, browser.findElement(By.id("title")).getAttribute("value"), "typing goes on undisturbed");
            chromium.screenshot("composer-similar");
            String composer = browser.getWindowHandle();
            browser.findElement(By.id("similar-thread-" + solved)).click();
            chromium.waiting().until(d -> d.getWindowHandles().size() == 2);
            browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(composer)).findFirst().orElseThrow());
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted-answer")));
            browser.close();
            browser.switchTo().window(composer);
            assertEquals("我的账号冻结了" + word, browser.findElement(By.id("title")).getAttribute("value"), "the text is still there");
        }
        try (Chromium chromium = new Chromium(Chromium.PHONE)) {
            WebDriver browser = chromium.driver();
            chromium.signIn(writer, WebClient.PASSWORD);
            chromium.open("/b/" + board + "/new");
            browser.findElement(By.id("title")).sendKeys("账号冻结" + word);
            browser.findElement(By.id("check-similar")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("similar-thread-" + solved)));
            assertEquals("账号冻结" + word, browser.findElement(By.id("title")).getAttribute("value"));
            chromium.screenshot("composer-similar-phone");
        }
    }

    @Test
    void adminsRebuildTheIndexAndWatchIt() throws IOException {
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            chromium.open("/admin/boards");
            browser.findElement(By.id("admin-search-link")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-documents")));
            browser.findElement(By.id("reindex-start")).click();
            chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reindex-state"),
                    browser.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh") ? "上次重建" : "Last rebuilt"));
            chromium.screenshot("admin-search");
        }
    }
}
