package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * In Chromium: another site's page that posts a role grant to Qiao as soon as an admin opens it is
 * refused, and the admin is offered nothing to send again; a reply whose page expired keeps its text
 * and is sent with one more click.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfJourneyBrowserIT {

    private static final Pattern ACCOUNT_ID = Pattern.compile("action=\"/admin/users/(\\d+)/roles\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aForgedRoleGrantFromAnotherSiteIsRefusedAndNotOfferedAgain() throws IOException {
        String attacker = new WebClient().signUp(WebClient.uniqueName("attacker"));
        WebClient admin = new WebClient();
        admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Matcher m = ACCOUNT_ID.matcher(admin.get("/admin/users?q=" + attacker).body());
        assertTrue(m.find());
        String target = WebClient.BASE + "admin/users/" + m.group(1) + "/roles";
        String page = "<!doctype html><html lang=en><title>Win a prize</title><body><form id=f method=post action=\"" + target
                + "\"><input name=role value=admin><input name=action value=grant><input name=confirmed value=yes></form>"
                + "<script>document.getElementById('f').submit()</script></body></html>";
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            browser.get("http://localhost:" + evil.getAddress().getPort() + "/");
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("csrf-heading")));
            chromium.screenshot("csrf-from-another-site");
            assertTrue(browser.getCurrentUrl().startsWith(target), browser.getCurrentUrl());
            assertTrue(browser.findElements(By.id("form-retry")).isEmpty()
                    && browser.findElements(By.cssSelector("input[value=admin]")).isEmpty(),
                    "nothing of the forged form is kept or offered: " + browser.getPageSource());
            String explained = browser.findElement(By.id("csrf-explained")).getText();
            assertTrue(explained.contains("另一个网站") || explained.contains("Another website"), explained);
        } finally {
            evil.stop(0);
        }
        String token = new WebClient().token(attacker, WebClient.PASSWORD);
        assertTrue(new WebClient().json("GET", "/api/v1/me", null, token).body().contains("\"roles\":[\"user\"]"),
                "the attacker is no admin");
    }

    @Test
    void aReplyWhosePageExpiredIsKeptAndSentWithOneMoreClick() throws IOException {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("expired").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"过期\"}",
                api.adminToken()).status());
        String member = new WebClient().signUp(WebClient.uniqueName("slow"));
        long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"页面放了很久\",\"body\":\"x\","
                + "\"kind\":\"discussion\"}", api.token(member, WebClient.PASSWORD)).json().getJsonNumber("id").longValue();
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            chromium.signIn(member, WebClient.PASSWORD);
            chromium.open("/t/" + thread);
            browser.findElement(By.id("body")).sendKeys("写了很久的一段回复");
            browser.manage().deleteCookieNamed("qiao_csrf");
            browser.findElement(By.id("reply-submit")).click();
            chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("form-retry")));
            chromium.screenshot("csrf-expired-reply");
            assertEquals("写了很久的一段回复", browser.findElement(By.id("kept-body")).getAttribute("value"));
            browser.findElement(By.id("form-send-again")).click();
            chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".post:last-of-type"),
                    "写了很久的一段回复"));
        }
    }
}
