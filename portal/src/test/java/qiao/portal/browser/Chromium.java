package qiao.portal.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import qiao.portal.WebClient;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded), with
 * a fresh profile that prefers Simplified Chinese, as most of Qiao's users do. axe-core audits every
 * page of the site it shows (see {@link AxeAudit}); closing fails if any had violations.
 */
public final class Chromium implements AutoCloseable {

    /** A phone's screen (CSS pixels), for the narrow layouts. */
    public static final String PHONE = "390,844";
    public static final String DESKTOP = "1280,900";

    private final WebDriver raw;
    private final WebDriver driver;
    private final AxeAudit audit;

    public Chromium() throws IOException {
        this(DESKTOP);
    }

    /** A browser with a window of this size ("width,height"). */
    public Chromium(String windowSize) throws IOException {
        Path profile = Files.createTempDirectory("qiao-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + windowSize, "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        if (windowSize.equals(PHONE)) {
            // a headless window is never narrower than 500 px: the phone's screen is emulated instead
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2, "touch", true)));
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        raw = new ChromeDriver(service, options);
        audit = new AxeAudit(raw);
        driver = new EventFiringDecorator<>(audit).decorate(raw);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(WebClient.BASE.resolve(path.substring(1)).toString());
    }

    /** Signs in through the form and waits for the signed-in page. */
    public void signIn(String username, String password) {
        open("/signin");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-profile")));
    }

    /** A 20-second wait that looks again when an element it held was replaced. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** What the page wrote to the console as errors since the last call (CSP violations land here). */
    public List<String> consoleErrors() {
        return raw.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves what the page looks like now under target/screenshots. */
    public void screenshot(String name) throws IOException {
        Path out = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        Files.copy(((TakesScreenshot) raw).getScreenshotAs(OutputType.FILE).toPath(), out,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Audits the page as it is now, again; returns what is wrong with it, which is then no longer held against close. */
    public List<String> auditAgain() {
        return audit.again();
    }

    /** How many pages axe-core has looked at so far. */
    public int pagesAudited() {
        return audit.pagesAudited();
    }

    /** Closes the browser; fails if axe-core found a moderate or worse violation on any page it visited. */
    @Override
    public void close() {
        List<String> violations;
        try {
            audit.auditIfNew();
            violations = audit.violations();
        } finally {
            raw.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " accessibility violations:\n"
                    + String.join("\n", violations));
        }
    }
}
