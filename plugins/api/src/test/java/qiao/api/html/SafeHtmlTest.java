package qiao.api.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void textIsAlwaysEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;",
                SafeHtml.text("<script>alert('x')</script> & \"引号\"").toString());
    }

    @Test
    void elementsNestWithTheirAttributes() {
        SafeHtml banner = SafeHtml.element("p").attr("class", "greeting notice").attr("aria-live", "polite")
                .text("张三，祝您春节快乐！")
                .child(SafeHtml.element("a").attr("href", "/p/greetings/dismiss?occasion=SPRING_FESTIVAL&y=2026").text("关闭"))
                .child(SafeHtml.element("br"))
                .build();
        assertEquals("<p class=\"greeting notice\" aria-live=\"polite\">张三，祝您春节快乐！"
                + "<a href=\"/p/greetings/dismiss?occasion=SPRING_FESTIVAL&amp;y=2026\">关闭</a><br></p>", banner.toString());
        assertEquals("<em>a</em><strong>&lt;b&gt;</strong>", SafeHtml.of(List.of(SafeHtml.element("em").text("a").build(),
                SafeHtml.element("strong").text("<b>").build())).toString());
    }

    @Test
    void attributeValuesCannotBreakOut() {
        assertEquals("<span title=\"&quot; onmouseover=&quot;alert(1)\"></span>",
                SafeHtml.element("span").attr("title", "\" onmouseover=\"alert(1)").build().toString());
    }

    @Test
    void scriptsStylesFormsAndFramesCannotBeBuilt() {
        for (String element : List.of("script", "SCRIPT", "style", "iframe", "form", "img", "svg", "object", "input", "base", "meta")) {
            assertThrows(IllegalArgumentException.class, () -> SafeHtml.element(element), element);
        }
        for (String attribute : List.of("onclick", "ONLOAD", "style", "src", "formaction", "srcdoc", "data-", "aria")) {
            assertThrows(IllegalArgumentException.class, () -> SafeHtml.element("a").attr(attribute, "x"), attribute);
        }
    }

    @Test
    void linksGoToTheWebMailOrThisSiteOnly() {
        for (String href : List.of("https://example.org/a", "http://example.org", "mailto:help@example.org", "/help", "#top")) {
            SafeHtml.element("a").attr("href", href);
        }
        for (String href : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example/", "help", "https://exa mple.org")) {
            assertThrows(IllegalArgumentException.class, () -> SafeHtml.element("a").attr("href", href), href);
        }
        assertThrows(IllegalArgumentException.class, () -> SafeHtml.element("p").attr("class", "a\"b"));
        assertThrows(IllegalArgumentException.class, () -> SafeHtml.element("p").attr("id", "two words"));
        assertThrows(IllegalArgumentException.class, () -> SafeHtml.element("br").text("x"));
    }

    @Test
    void theHeadTakesMetasAndStylesheetsOnly() {
        SafeHtml head = SafeHtml.of(List.of(SafeHtml.meta("description", "问答 \"社区\""), SafeHtml.meta("og:title", "桥"),
                SafeHtml.stylesheet("/p/hello/_static/hello.css")));
        assertEquals("<meta name=\"description\" content=\"问答 &quot;社区&quot;\"><meta property=\"og:title\" content=\"桥\">"
                + "<link rel=\"stylesheet\" href=\"/p/hello/_static/hello.css\">", head.toString());
        assertTrue(head.headOnly());
        assertFalse(SafeHtml.of(List.of(SafeHtml.meta("description", "x"), SafeHtml.text("x"))).headOnly());
        assertFalse(SafeHtml.text("x").headOnly());
        assertFalse(SafeHtml.of(List.of()).headOnly());
        for (String name : List.of("viewport", "Referrer", "htmx-config", "a b", "x\"", "http-equiv\"refresh")) {
            assertThrows(IllegalArgumentException.class, () -> SafeHtml.meta(name, "x"), name);
        }
        for (String path : List.of("https://evil.example/x.css", "//evil.example/x.css", "x.css", "/a\\b.css")) {
            assertThrows(IllegalArgumentException.class, () -> SafeHtml.stylesheet(path), path);
        }
    }
}
