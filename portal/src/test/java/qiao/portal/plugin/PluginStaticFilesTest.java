package qiao.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginStaticFilesTest {

    @Test
    void stylesheetsImagesFontsAndTextAreServed() {
        assertEquals(Optional.of("text/css; charset=UTF-8"), PluginStaticFiles.type("hello.css"));
        assertEquals(Optional.of("image/png"), PluginStaticFiles.type("img/icons/lantern.PNG"));
        assertEquals(Optional.of("font/woff2"), PluginStaticFiles.type("fonts/kai.woff2"));
        assertEquals(Optional.of("image/svg+xml"), PluginStaticFiles.type("a.b-c_d.svg"));
    }

    @Test
    void scriptsClassesTemplatesAndWaysOutAreNot() {
        for (String path : List.of("x.js", "x.mjs", "x.html", "Hello.class", "hello.peb", "plugin.properties", "../x.css", "a/../x.css",
                "/x.css", "a//x.css", ".hidden.css", "a\\x.css", "noextension", "x.css/", "%2e%2e/x.css", "a/b/c/d/e/f/g.css", "")) {
            assertEquals(Optional.empty(), PluginStaticFiles.type(path), path);
        }
        assertEquals(Optional.empty(), PluginStaticFiles.type(null));
    }
}
