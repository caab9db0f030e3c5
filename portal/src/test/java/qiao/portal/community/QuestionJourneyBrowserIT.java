package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.browser.Chromium;

/** In Chromium: a user asks a question in a board, another user answers it, and both see it listed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static void signIn(Chromium chromium, String name) {
        WebDriver browser = chromium.driver();
        chromium.open("/signin");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(WebClient.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile")));
    }

    @Test
    void askAndAnswer() throws IOException {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("qa").toLowerCase();
        String adminToken = api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        assertEquals(201, api.json("POST", "/api/v1/boards",
                "{\"slug\":\"" + slug + "\",\"name\":\"账号问答\",\"description\":\"登录、密码、绑定\"}", adminToken).status());
        String asker = new WebClient().signUp(WebClient.uniqueName("asker"));
        String helper = new WebClient().signUp(WebClient.uniqueName("helper"));

        String threadUrl;
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            signIn(chromium, asker);
            chromium.open("/");
            browser.findElement(By.cssSelector("a[href='/b/" + slug + "']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-thread"))).click();
            browser.findElement(By.cssSelector("input[name=kind][value=question]")).click();
            browser.findElement(By.id("title")).sendKeys("手机丢了，怎么冻结账号？");
            browser.findElement(By.id("thread-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
            assertEquals("手机丢了，怎么冻结账号？", browser.findElement(By.id("title")).getAttribute("value"));
            browser.findElement(By.id("body")).sendKeys("昨天手机丢了，担心账号被盗。<script>alert(1)</script>\n\n- 已经挂失 SIM 卡");
            browser.findElement(By.id("thread-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-title")));
            assertEquals("手机丢了，怎么冻结账号？", browser.findElement(By.id("thread-title")).getText());
            assertTrue(browser.findElement(By.cssSelector(".post-body li")).getText().contains("已经挂失 SIM 卡"));
            assertFalse(browser.getPageSource().contains("<script>alert(1)</script>"));
            threadUrl = browser.getCurrentUrl();
            chromium.screenshot("question-asked");
        }

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            signIn(chromium, helper);
            browser.get(threadUrl);
            browser.findElement(By.id("body")).sendKeys("先在 **安全中心** 冻结账号，@" + asker + " 然后联系客服。");
            browser.findElement(By.id("reply-submit")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.className("post"), 2));
            assertTrue(browser.findElement(By.cssSelector(".post:last-of-type .post-body strong")).getText().contains("安全中心"));
            assertEquals("@" + asker, browser.findElement(By.cssSelector(".post:last-of-type .mention")).getText());
            chromium.screenshot("question-answered");

            chromium.open("/b/" + slug);
            String list = browser.findElement(By.className("threads")).getText();
            assertTrue(list.contains("手机丢了，怎么冻结账号？"), list);
            assertTrue(list.contains("1"), "shows the reply count: " + list);
            chromium.screenshot("board-list");
        }
        assertTrue(api.json("GET", "/api/v1/boards", null, null).body().contains("\"posts\":2"));
    }
}
