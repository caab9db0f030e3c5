package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A person in a real Chromium: signs up, signs out, signs in again, switches the language and
 * signs out, with screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private Chromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = new Chromium();
        browser = chromium.driver();
        // pages are replaced while we look at them (form posts, redirects): a stale element means "look again"
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        chromium.close();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void signUpSignInSwitchLanguageSignOut() throws IOException {
        String name = WebClient.uniqueName("chrome");
        chromium.open("/");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("nav-signup")).click();

        type("username", name);
        type("email", name + "@example.com");
        type("password", "short");
        type("passwordAgain", "short");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
        assertEquals(name, browser.findElement(By.id("username")).getAttribute("value"), "typed text survives an error");
        chromium.screenshot("signup-error");

        type("password", WebClient.PASSWORD);
        type("passwordAgain", WebClient.PASSWORD);
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElement(By.id("nav-profile")).getText().contains(name));
        chromium.screenshot("signed-up");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin"))).click();
        type("username", name);
        type("password", WebClient.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile")));

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals("Sign out", browser.findElement(By.id("signout")).getText());
        chromium.screenshot("english");

        browser.findElement(By.id("nav-profile")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("displayName")));
        assertEquals("en", browser.findElement(By.id("language")).getAttribute("value"),
                "the switcher also changed the profile's language");
        chromium.screenshot("profile");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin")));
        assertEquals("Sign in", browser.findElement(By.id("nav-signin")).getText());
        chromium.screenshot("signed-out");
    }

    @Test
    void erasesTheAccountFromTheProfileAfterAWrongPassword() throws IOException {
        String name = WebClient.uniqueName("farewell");
        chromium.open("/signup");
        type("username", name);
        type("email", name + "@example.com");
        type("password", WebClient.PASSWORD);
        type("passwordAgain", WebClient.PASSWORD);
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile"))).click();
        assertEquals("下载我的数据", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-link"))).getText());
        browser.findElement(By.id("erase-link")).click();

        type("password", "not-the-password");
        browser.findElement(By.id("understood")).click();
        browser.findElement(By.id("erase-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
        assertTrue(browser.getPageSource().contains("密码不正确，没有删除任何内容。"));
        chromium.screenshot("erase-wrong-password");

        type("password", WebClient.PASSWORD);
        browser.findElement(By.id("understood")).click();
        browser.findElement(By.id("erase-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erased-heading")));
        assertTrue(browser.findElement(By.id("nav-signin")).isDisplayed(), "signed out");
        chromium.screenshot("erased");
    }

    @Test
    void phoneSizedScreenStillShowsTheWholeForm() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
        chromium.open("/signin");
        assertTrue(browser.findElement(By.id("signin-submit")).isDisplayed());
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth.intValue() <= 375, "no sideways scrolling on a phone: " + scrollWidth);
        chromium.screenshot("phone-signin");
    }
}
