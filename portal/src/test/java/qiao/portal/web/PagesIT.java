package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** What every page has in common: headers, languages, errors, theme files. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/signin", "/signup", "/no/such/page", "/api/v1/me"}) {
            Page page = new WebClient().get(path);
            String csp = page.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", page.header("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void languageFollowsAcceptLanguageThenTheSwitcherCookie() {
        WebClient browser = new WebClient().acceptLanguage("en-GB,en;q=0.9");
        Page english = browser.get("/");
        assertTrue(english.body().contains("<html lang=\"en\">"));
        assertTrue(english.body().contains("Sign in"));

        Page switched = browser.postForm("/language", Map.of("_csrf", english.csrf(), "lang", "zh-CN", "back", "/signin"));
        assertEquals(303, switched.status());
        assertTrue(switched.location().endsWith("/signin"));
        Page chinese = browser.get("/signin");
        assertTrue(chinese.body().contains("<html lang=\"zh-CN\">"));
        assertTrue(chinese.body().contains("登录"));
        assertEquals("zh-CN", chinese.header("Content-Language").orElse(""));

        assertTrue(new WebClient().acceptLanguage("fr-FR, de;q=0.8").get("/").body().contains("<html lang=\"zh-CN\">"),
                "unsupported languages fall back to the site default");
        assertTrue(new WebClient().acceptLanguage("garbage;;q=x").get("/").status() < 500, "a malformed header is not a server error");
    }

    @Test
    void unknownPagesGetAThemedLocalized404WithoutInternals() {
        Page page = new WebClient().acceptLanguage("en").get("/no/such/page");
        assertEquals(404, page.status());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Not found"));
        assertTrue(page.body().contains("class=\"site-header\""), "themed like every page");
        assertFalse(page.body().contains("Exception"));
        assertFalse(page.body().contains("at qiao."));
    }

    @Test
    void unknownApiPathsGetAProblemDetail() {
        Page page = new WebClient().acceptLanguage("zh-CN").json("GET", "/api/v1/nothing-here", null, null);
        assertEquals(404, page.status());
        assertEquals("application/problem+json", page.header("Content-Type").orElse(""));
        assertEquals("页面不存在", page.json().getString("title"));
        assertEquals(404, page.json().getInt("status"));
    }

    @Test
    void wrongMethodIs405() {
        WebClient client = new WebClient();
        Page page = client.raw(client.request("/api/v1/me").PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, page.status());
    }

    @Test
    void oversizedFormIs413Page() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String csrf = browser.get("/signin").csrf();
        Page page = browser.postForm("/signin", Map.of("_csrf", csrf, "username", "x".repeat(2 * 1024 * 1024), "password", "p"));
        assertEquals(413, page.status());
        assertTrue(page.body().contains("Too large"), page.body());
    }

    @Test
    void invalidUtf8InAFormIsRefusedNotGarbled() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String csrf = browser.get("/signup").csrf();
        Page page = browser.raw(browser.request("/signup").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&username=ab%C3%28c&email=a%40b.cn&password=x&passwordAgain=x")));
        assertEquals(400, page.status(), page.body());
        assertTrue(page.body().contains("not valid UTF-8"), page.body());
    }

    @Test
    void themeFilesAreServedWithLongCachingAndTheRightType() {
        Page home = new WebClient().get("/");
        Matcher css = Pattern.compile("href=\"(/static/default/[^\"]+/css/site\\.css)\"").matcher(home.body());
        assertTrue(css.find(), home.body());
        Page file = new WebClient().get(css.group(1));
        assertEquals(200, file.status());
        assertTrue(file.header("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(file.header("Cache-Control").orElse("").contains("immutable"));
        assertTrue(file.body().contains(":root"));
    }

    @Test
    void themeFilesCannotBeUsedToReadOtherFiles() {
        WebClient client = new WebClient();
        for (String path : new String[] {"/static/default/1/..%2F..%2Ftheme.properties", "/static/default/1/../templates/layout.peb",
                "/static/default/1/%2e%2e/%2e%2e/WEB-INF/web.xml", "/static/nope/1/css/site.css", "/static/default/1/css/site.exe"}) {
            Page page = client.get(path);
            assertTrue(page.status() == 404 || page.status() == 400, path + " -> " + page.status());
            assertFalse(page.body().contains("<web-app"), path);
        }
    }
}
