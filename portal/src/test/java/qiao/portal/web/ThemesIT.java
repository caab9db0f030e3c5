package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** Themes: the bundled dark theme, and a theme folder dropped into the themes directory at run time. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThemesIT {

    /** QIAO_THEMES_DIR defaults to the server's configuration folder's "themes". */
    private static final Path THEMES_DIR = Path.of("target/liberty/wlp/usr/servers/qiao-it/themes");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static Page chooseTheme(WebClient browser, String name, String theme) {
        return browser.submit("/profile", "/profile", Map.of("displayName", name + " & co", "email", name + "@example.com",
                "timeZone", "Asia/Shanghai", "language", "zh-CN", "theme", theme, "birthday", "", "bio", ""));
    }

    @Test
    void bundledInkThemeAddsItsStylesheetToTheDefaultLayout() {
        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("ink"));
        assertEquals(303, chooseTheme(browser, name, "ink").status());
        String home = browser.get("/").body();
        assertTrue(home.contains("/static/ink/") && home.contains("css/ink.css"), home);
        assertTrue(home.contains("css/site.css"), "the parent's stylesheet is still there");
    }

    @Test
    void aThemeCopiedInWhileRunningOverridesOneTemplateOfItsParent() throws IOException {
        Path theme = THEMES_DIR.resolve("lantern");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("static/css"));
        Files.writeString(theme.resolve("theme.properties"), "name=lantern\nparent=ink\ntitle=灯笼 Lantern\n");
        Files.writeString(theme.resolve("templates/home.peb"), """
                {% extends "layout" %}
                {% block content %}<h1 id="lantern">🏮 {{ t('home.title', siteName) }} {{ me.displayName }}</h1>{% endblock %}
                """);
        Files.writeString(theme.resolve("static/css/lantern.css"), "body { color: red; }");

        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("lantern"));
        Page saved = chooseTheme(browser, name, "lantern");
        assertEquals(303, saved.status(), saved.body());
        String home = browser.get("/").body();
        assertTrue(home.contains("id=\"lantern\""), "the theme's own home template is used: " + home);
        assertTrue(home.contains(name + " &amp; co"), "its output is auto-escaped");
        assertTrue(home.contains("css/ink.css"), "templates it lacks come from its parent (ink)");
        assertTrue(home.contains("class=\"site-header\""), "and from the default theme");
        assertTrue(browser.get("/profile").body().contains("灯笼 Lantern"), "offered in the profile");
    }
}
