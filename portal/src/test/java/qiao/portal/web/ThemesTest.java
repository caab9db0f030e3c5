package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {

    @TempDir
    Path dir;

    private void theme(String name, String parent, Map<String, String> files) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root);
        Files.writeString(root.resolve("theme.properties"), "name=" + name + "\n" + (parent == null ? "" : "parent=" + parent + "\n"));
        for (var file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static String render(Themes themes, String theme, String template, Map<String, Object> model) throws IOException {
        return render(themes, theme, template, model, Locale.ENGLISH);
    }

    private static String render(Themes themes, String theme, String template, Map<String, Object> model, Locale locale)
            throws IOException {
        Map<String, Object> vars = new HashMap<>(model);
        vars.put("zone", ZoneId.of("Asia/Shanghai"));
        vars.put("theme", theme);
        vars.put("assetVersion", "v1");
        StringWriter out = new StringWriter();
        themes.engine(theme).getTemplate(template).evaluate(out, vars, locale);
        return out.toString();
    }

    @Test
    void chainsThemesToTheDefaultAndSurvivesCycles() throws IOException {
        theme("a", "b", Map.of());
        theme("b", "a", Map.of());
        Themes themes = new Themes(dir);
        assertEquals(List.of("a", "b", "default"), themes.chain("a").stream().map(Theme::name).toList());
        assertEquals(List.of("default"), themes.chain("missing").stream().map(Theme::name).toList());
        assertTrue(themes.exists("ink"), "the bundled second theme is always there");
    }

    @Test
    void nearestThemeWinsAndEverythingIsEscaped() throws IOException {
        theme("child", "default", Map.of("templates/greet.peb", "<p>{{ t('nav.home') }} {{ name }} {{ when | datetime }}</p>"));
        Themes themes = new Themes(dir);
        String html = render(themes, "child", "greet", Map.of("name", "<script>x</script>", "when", Instant.parse("2026-01-28T16:00:00Z")));
        assertTrue(html.startsWith("<p>Home &lt;script&gt;x&lt;/script&gt; "), html);
        assertTrue(html.contains("Jan 29, 2026"), "shown in the visitor's zone (UTC+8): " + html);
    }

    @Test
    void assetsFallBackToAncestorsAndNeverLeaveTheThemeFolder() throws IOException {
        theme("child", "default", Map.of("static/css/child.css", "a{}"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Themes themes = new Themes(dir);
        assertTrue(themes.asset("child", "css/child.css").isPresent());
        assertTrue(themes.asset("child", "css/site.css").isPresent(), "from the default theme");
        assertFalse(themes.asset("child", "../../secret.txt").isPresent());
        assertFalse(themes.asset("child", "/etc/passwd").isPresent());
        assertFalse(themes.asset("child", "css/../../theme.properties").isPresent());
    }

    @Test
    void everyBundledTemplateParses() throws IOException {
        Themes themes = new Themes(dir);
        for (String theme : List.of("default", "ink")) {
            try (var files = Files.list(Path.of("../themes", theme, "templates"))) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString().replace(".peb", "");
                    themes.engine(theme).getTemplate(name);
                }
            }
        }
    }

    @Test
    void defaultTemplatesRenderInBothLanguages() throws IOException {
        Themes themes = new Themes(dir);
        Map<String, Object> model = Map.of("lang", "zh-CN", "siteName", "桥", "csrf", "t", "csrfField", "_csrf", "path", "/",
                "form", Map.of("username", "明"), "errors", Map.of(), "next", "/");
        String zh = render(themes, "default", "signin", model, Languages.ZH_CN);
        assertTrue(zh.contains("<html lang=\"zh-CN\">") && zh.contains("登录") && zh.contains("value=\"明\""), zh);
        String en = render(themes, "default", "signin", model, Languages.EN);
        assertTrue(en.contains("Sign in") && !en.contains("登录"), en);
    }
}
