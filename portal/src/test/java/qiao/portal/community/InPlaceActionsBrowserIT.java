package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.browser.Chromium;

/**
 * In Chromium with JavaScript on: voting, withdrawing a vote, following and accepting an answer
 * update the page in place (the page is never reloaded), within the strict Content-Security-Policy;
 * the composer's suggested tags can be picked. The same forms without JavaScript are covered by the
 * HTTP tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InPlaceActionsBrowserIT {

    private static final String MARK = "return window.qiaoSamePage === true;";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void votesFollowsAndAnswersChangeInPlace() throws IOException {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("inplace").toLowerCase();
        String admin = api.adminToken();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"就地更新\"}", admin).status());
        String asker = api.newMemberToken("asker");
        long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"怎么修改绑定手机？\",\"body\":\"换了新号码\",\"kind\":\"question\",\"tags\":[\"手机\"]}", asker)
                .json().getJsonNumber("id").longValue();
        long reply = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"在 设置 → 账号安全 里改\"}",
                api.newMemberToken("helper")).json().getJsonNumber("id").longValue();
        String voter = new WebClient().signUp(WebClient.uniqueName("voter"));

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) browser;
            chromium.signIn(voter, WebClient.PASSWORD);
            chromium.open("/t/" + thread);
            chromium.waiting().until(d -> js.executeScript("return typeof htmx === 'object';"));
            js.executeScript("window.qiaoSamePage = true;");

            browser.findElement(By.id("vote-" + reply)).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("votes-" + reply), "1 票"));
            assertEquals("true", browser.findElement(By.id("vote-" + reply)).getAttribute("aria-pressed"));
            assertEquals(Boolean.TRUE, js.executeScript(MARK), "the vote did not reload the page");
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("live-status"), "1 票"));

            browser.findElement(By.id("vote-" + reply)).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("votes-" + reply), "0 票"));
            browser.findElement(By.id("vote-" + reply)).click();
            chromium.waiting().until(ExpectedConditions.textToBe(By.id("votes-" + reply), "1 票"));

            browser.findElement(By.id("follow-thread")).click();
            chromium.waiting().until(ExpectedConditions.attributeToBe(By.id("follow-thread"), "aria-pressed", "true"));
            assertEquals(Boolean.TRUE, js.executeScript(MARK), "following did not reload the page");
            assertEquals(java.util.List.of(), chromium.consoleErrors(), "nothing broke the Content-Security-Policy");
            chromium.screenshot("voted-in-place");
        }
        assertEquals(1, api.json("GET", "/api/v1/threads/" + thread, null, null).json().getJsonArray("posts")
                .getJsonObject(1).getInt("votes"), "the vote reached the server once");

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) browser;
            chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            chromium.open("/t/" + thread);
            chromium.waiting().until(d -> js.executeScript("return typeof htmx === 'object';"));
            js.executeScript("window.qiaoSamePage = true;");
            browser.findElement(By.id("accept-" + reply)).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted-answer")));
            assertTrue(browser.findElement(By.id("solved-badge")).isDisplayed());
            assertTrue(browser.findElement(By.id("accepted-answer")).getText().contains("官方采纳"));
            assertEquals(Boolean.TRUE, js.executeScript(MARK), "accepting did not reload the page");
            assertEquals(java.util.List.of(), chromium.consoleErrors());
            chromium.screenshot("accepted-in-place");
        }
        assertEquals(reply, api.json("GET", "/api/v1/threads/" + thread, null, null).json()
                .getJsonNumber("acceptedPostId").longValue());
    }

    @Test
    void theComposerAddsASuggestedTagAndTheThreadShowsIt() throws IOException {
        WebClient api = new WebClient();
        String admin = api.adminToken();
        String slug = WebClient.uniqueName("suggest").toLowerCase();
        String tag = WebClient.uniqueName("账号").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"标签建议\"}", admin).status());
        assertEquals(200, api.json("PUT", "/api/v1/tags/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8),
                "{\"description\":\"账号问题\"}", admin).status());
        String member = new WebClient().signUp(WebClient.uniqueName("writer"));
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(member, WebClient.PASSWORD);
            chromium.open("/b/" + slug + "/new");
            browser.findElement(By.id("title")).sendKeys("换手机后收不到验证码");
            browser.findElement(By.id("body")).sendKeys("旧号码已经停用了。");
            browser.findElement(By.id("tags")).sendKeys("验证码");
            chromium.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(".tag-suggestion[data-tag='" + tag + "']"),
                    "role", "button"));
            browser.findElement(By.cssSelector(".tag-suggestion[data-tag='" + tag + "']")).click();
            assertEquals("验证码, " + tag, browser.findElement(By.id("tags")).getAttribute("value"));
            browser.findElement(By.id("thread-submit")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-tags")));
            assertEquals("验证码 " + tag, browser.findElement(By.id("thread-tags")).getText().strip());
            chromium.screenshot("thread-with-tags");
        }
    }
}
