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

/**
 * In Chromium: a user asks a question, another answers, staff accept the answer and the list shows
 * it solved; a suggestion gets a vote and a status change that notifies the voter; an announcement
 * banner appears and is dismissed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
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
            chromium.signIn(asker, WebClient.PASSWORD);
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
            chromium.signIn(helper, WebClient.PASSWORD);
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

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            browser.get(threadUrl);
            browser.findElement(By.cssSelector("button.accept")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted-answer")));
            assertTrue(browser.findElement(By.id("accepted-answer")).getText().contains("官方采纳"));
            assertTrue(browser.findElement(By.id("solved-badge")).isDisplayed());
            chromium.screenshot("answer-accepted");
            chromium.open("/b/" + slug);
            assertTrue(browser.findElement(By.className("threads")).getText().contains("已解决"), "solved in the list");
        }
    }

    @Test
    void suggestionVotesStatusAndBanner() throws IOException {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("fb").toLowerCase();
        String adminToken = api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"反馈与建议\"}",
                adminToken).status());
        String author = new WebClient().signUp(WebClient.uniqueName("idea"));
        long suggestion = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"希望支持深色模式\",\"body\":\"晚上看太亮了\",\"kind\":\"suggestion\"}",
                api.token(author, WebClient.PASSWORD)).json().getJsonNumber("id").longValue();
        String voter = new WebClient().signUp(WebClient.uniqueName("voter"));

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            chromium.signIn(voter, WebClient.PASSWORD);
            chromium.open("/t/" + suggestion);
            browser.findElement(By.id("thread-vote")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-votes"), "1"));
        }

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            chromium.open("/t/" + suggestion);
            browser.findElement(By.cssSelector("#suggestion-tools summary")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status"))).selectByValue("planned");
            browser.findElement(By.id("note")).sendKeys("下个版本上线");
            browser.findElement(By.id("status-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestion-status"), "下个版本上线"));

            long announcement = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                    "{\"title\":\"春节期间客服时间调整\",\"body\":\"除夕至初三 9:00-18:00\",\"kind\":\"announcement\"}",
                    adminToken).json().getJsonNumber("id").longValue();
            chromium.open("/t/" + announcement);
            browser.findElements(By.cssSelector("details.staff-tools summary")).forEach(s -> s.click());
            browser.findElement(By.id("until")).sendKeys(java.time.LocalDate.now().plusDays(3)
                    .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            browser.findElement(By.id("banner-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site-banner")));
        }

        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            chromium.signIn(voter, WebClient.PASSWORD);
            assertTrue(browser.findElement(By.id("unread-count")).getText().equals("1"), "the voter was notified");
            browser.findElement(By.id("nav-notifications")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notifications"), "希望支持深色模式"));
            assertTrue(browser.findElement(By.id("site-banner")).getText().contains("春节期间客服时间调整"));
            chromium.screenshot("banner-and-notification");
            browser.findElement(By.id("dismiss-banner")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("site-banner")));
            chromium.open("/");
            assertTrue(browser.findElements(By.id("site-banner")).isEmpty(), "stays dismissed");
        }
        api.json("PUT", "/api/v1/threads/" + suggestion + "/status", "{\"status\":\"done\"}", adminToken);
    }
}
