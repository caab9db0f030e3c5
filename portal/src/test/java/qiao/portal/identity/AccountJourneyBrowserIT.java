package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import qiao.portal.Deployments;
import qiao.portal.WebClient;

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

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profileDir;

    @BeforeEach
    void openBrowser() throws IOException {
        profileDir = Files.createTempDirectory("qiao-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profileDir);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get(WebClient.BASE.resolve(path.substring(1)).toString());
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void screenshot(String name) throws IOException {
        Path out = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void signUpSignInSwitchLanguageSignOut() throws IOException {
        String name = WebClient.uniqueName("chrome");
        open("/");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("nav-signup")).click();

        type("username", name);
        type("email", name + "@example.com");
        type("password", "short");
        type("passwordAgain", "short");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("error-summary")));
        assertEquals(name, browser.findElement(By.id("username")).getAttribute("value"), "typed text survives an error");
        screenshot("signup-error");

        type("password", WebClient.PASSWORD);
        type("passwordAgain", WebClient.PASSWORD);
        browser.findElement(By.id("signup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        assertTrue(browser.findElement(By.id("nav-profile")).getText().contains(name));
        screenshot("signed-up");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin"))).click();
        type("username", name);
        type("password", WebClient.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile")));

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals("Sign out", browser.findElement(By.id("signout")).getText());
        screenshot("english");

        browser.findElement(By.id("nav-profile")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("displayName")));
        assertEquals("en", browser.findElement(By.id("language")).getAttribute("value"),
                "the switcher also changed the profile's language");
        screenshot("profile");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-signin")));
        assertEquals("Sign in", browser.findElement(By.id("nav-signin")).getText());
        screenshot("signed-out");
    }

    @Test
    void phoneSizedScreenStillShowsTheWholeForm() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
        open("/signin");
        assertTrue(browser.findElement(By.id("signin-submit")).isDisplayed());
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth.intValue() <= 375, "no sideways scrolling on a phone: " + scrollWidth);
        screenshot("phone-signin");
    }
}
