package qiao.portal.helpcenter;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.browser.Chromium;
import qiao.portal.search.SearchProbe;

/**
 * In Chromium: staff write and publish an article with a table of contents; a reader finds it through
 * search and says it did not help, with a comment staff then read; staff promote a solved thread to an
 * article, and a new writer asking the same question is shown that article first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpCenterBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient();
    private final String admin = api.adminToken();

    @Test
    void staffWriteAReaderFindsItAndSaysWhatWasMissing() throws IOException {
        String section = HelpCenterIT.section(api, admin, "EVERYONE", null);
        String word = SearchProbe.word();
        String staff = api.newMemberWithRole("staff");
        String articleUrl;
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(staff, WebClient.PASSWORD);
            chromium.open("/help/s/" + section);
            browser.findElement(By.id("new-article")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("title")));
            browser.findElement(By.id("title")).sendKeys("找回被盗的账号" + word);
            browser.findElement(By.id("body")).sendKeys("先冻结账号。\n\n## 冻结账号\n\n在安全中心操作。\n\n## 申诉找回\n\n### 准备材料\n\n身份证明。");
            chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "冻结账号"));
            new Select(browser.findElement(By.id("state"))).selectByValue("published");
            browser.findElement(By.id("article-submit")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("article-saved")));
            browser.findElement(By.id("view-article")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("toc")));
            assertEquals(3, browser.findElements(By.cssSelector("#toc a")).size());
            browser.findElement(By.cssSelector("#toc a[href='#h-3']")).click();
            articleUrl = browser.getCurrentUrl().replaceAll("#.*", "");
            chromium.screenshot("help-article-written");
        }
        SearchProbe.until(api, null, word, r -> r.getJsonNumber("total").longValue() == 1, 20);
        for (String size : new String[] {Chromium.DESKTOP, Chromium.PHONE}) {
            try (Chromium chromium = new Chromium(size)) {
                WebDriver browser = chromium.driver();
                chromium.open("/help");
                browser.findElement(By.id("help-q")).sendKeys("被盗" + word + Keys.ENTER);
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-hits a"))).click();
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
                assertEquals(articleUrl, browser.getCurrentUrl().replaceAll("#.*", ""));
                browser.findElement(By.id("helpful-no-open")).click();
                browser.findElement(By.id("feedback-comment")).sendKeys("没说申诉要多久 " + size);
                browser.findElement(By.id("helpful-no")).click();
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
                chromium.screenshot("help-feedback-" + (size.equals(Chromium.PHONE) ? "phone" : "desktop"));
            }
        }
        try (Chromium chromium = new Chromium()) {
            chromium.signIn(staff, WebClient.PASSWORD);
            chromium.open("/help/manage/feedback");
            String page = chromium.driver().findElement(By.tagName("main")).getText();
            assertTrue(page.contains("没说申诉要多久 " + Chromium.DESKTOP) && page.contains("没说申诉要多久 " + Chromium.PHONE), page);
            chromium.screenshot("help-feedback-standings");
        }
    }

    @Test
    void aPromotedAnswerIsSuggestedToTheNextPersonAskingTheSame() throws IOException {
        String section = HelpCenterIT.section(api, admin, "EVERYONE", null);
        String board = SearchProbe.board(api, admin, "EVERYONE");
        String word = SearchProbe.word();
        long thread = SearchProbe.thread(api, api.newMemberToken("asker"), board, "发不了红包提示操作频繁" + word, "零钱里有钱");
        long answer = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"先完成实名认证，十分钟后再试。\"}", admin).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.json("POST", "/api/v1/posts/" + answer + "/accept", "", admin).status());
        String staff = api.newMemberWithRole("staff");
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(staff, WebClient.PASSWORD);
            chromium.open("/t/" + thread);
            browser.findElement(By.cssSelector("#promote-" + thread + " a")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promote-section")));
            new Select(browser.findElement(By.id("promote-section"))).selectByValue(section);
            browser.findElement(By.id("promote-submit")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-state")));
            new Select(browser.findElement(By.id("new-state"))).selectByValue("published");
            browser.findElement(By.id("state-submit")).click();
            chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-state"), "已发布"));
            chromium.screenshot("help-promoted");
        }
        SearchProbe.until(api, null, word, SearchProbe.hits("article", api.json("GET", "/api/v1/help/articles?section=" + section, null, null)
                .jsonArray().getJsonObject(0).getJsonNumber("id").longValue()), 20);
        String writer = new WebClient().signUp(WebClient.uniqueName("writer"));
        try (Chromium chromium = new Chromium(Chromium.PHONE)) {
            WebDriver browser = chromium.driver();
            chromium.signIn(writer, WebClient.PASSWORD);
            chromium.open("/b/" + board + "/new");
            browser.findElement(By.id("title")).sendKeys("红包发不出去，提示操作频繁" + word);
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#similar .similar-hit")));
            String first = browser.findElements(By.cssSelector("#similar .similar-hit")).get(0).getAttribute("id");
            assertTrue(first.startsWith("similar-article-"), "the article comes first: " + first);
            chromium.screenshot("help-article-suggested-phone");
        }
    }
}
