package qiao.portal.plugin;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.browser.Chromium;

/**
 * In Chromium: staff preview the Spring Festival of 2027, see the banner as people will see it that day, and close it;
 * an admin manages plugins on their page (each page audited by axe).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GreetingsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient();
    private final String admin = api.adminToken();

    @Test
    void staffPreviewAFestivalBannerAndCloseIt() throws IOException {
        assertEquals(200, api.json("POST", "/api/v1/admin/plugins/greetings/enable", "", admin).status());
        try {
            String staff = api.newMemberWithRole("staff");
            try (Chromium chromium = new Chromium()) {
                WebDriver browser = chromium.driver();
                chromium.signIn(staff, WebClient.PASSWORD);
                chromium.open("/p/greetings/preview?date=2027-02-06&lang=zh-CN");
                String banner = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".greeting-banner")))
                        .getText();
                assertTrue(banner.contains("春节"), banner);
                chromium.screenshot("greetings-preview-banner");
                browser.findElement(By.cssSelector(".plugin-greetings .dismiss-button")).click();
                chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".greeting-banner")));
                assertTrue(browser.getCurrentUrl().contains("/p/greetings/preview?date=2027-02-06"), browser.getCurrentUrl());
                assertTrue(browser.findElement(By.tagName("main")).getText().contains("春节"), "the occasion is still listed");
                chromium.open("/p/greetings/");
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
                assertEquals(java.util.List.of(), chromium.consoleErrors());
            }
            try (Chromium chromium = new Chromium()) {
                WebDriver browser = chromium.driver();
                chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
                chromium.open("/admin/boards");
                browser.findElement(By.id("admin-plugins-link")).click();
                chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plugin-greetings")));
                assertEquals("started", browser.findElement(By.id("plugin-greetings-state")).getAttribute("class").replaceAll(".*state-", ""));
                browser.findElement(By.id("toggle-greetings")).click();
                chromium.waiting().until(ExpectedConditions.attributeContains(By.id("plugin-greetings-state"), "class", "state-disabled"));
                chromium.screenshot("admin-plugins");
            }
        } finally {
            api.json("POST", "/api/v1/admin/plugins/greetings/disable", "", admin);
        }
    }
}
