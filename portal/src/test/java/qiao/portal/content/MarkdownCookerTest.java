package qiao.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownCookerTest {

    private final MarkdownCooker cooker = new MarkdownCooker();

    /** Known ways to smuggle script into HTML, in Markdown and in raw HTML; none may survive. */
    static Stream<String> xssVectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"jAvAsCrIpT:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<body onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>*{background:url(javascript:alert(1))}</style>",
                "<link rel=stylesheet href=javascript:alert(1)>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=javascript:alert(1)>x</button>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>",
                "<base href=\"javascript:alert(1)//\">",
                "<isindex action=javascript:alert(1) type=image>",
                "<table background=\"javascript:alert(1)\">",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "\"><script>alert(1)</script>",
                "'><img src=x onerror=alert(1)>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "<xmp><script>alert(1)</script></xmp>",
                "<!--<img src=x onerror=alert(1)>-->",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "[click](  javascript:alert(1)  )",
                "[click](data:text/html,<script>alert(1)</script>)",
                "[click](vbscript:alert(1))",
                "[click](javascript&#58;alert(1))",
                "![x](javascript:alert(1))",
                "![x\" onerror=\"alert(1)](https://example.com/a.png)",
                "[x](https://example.com \"title\\\" onmouseover=\\\"alert(1)\")",
                "<javascript:alert(1)>",
                "[a][ref]\n\n[ref]: javascript:alert(1)",
                "`<script>alert(1)</script>`",
                "```html\n<script>alert(1)</script>\n```",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
                "- [x] <script>alert(1)</script>",
                "~~<script>alert(1)</script>~~",
                "> <iframe src=//evil.example></iframe>",
                "https://example.com/\"><script>alert(1)</script>",
                "<a href=\"https://example.com\" onclick=\"alert(1)\">ok</a>",
                "<<script>script>alert(1)<</script>/script>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>");
    }

    @ParameterizedTest
    @MethodSource("xssVectors")
    void nothingExecutableSurvives(String vector) {
        String html = cooker.cook(vector).html();
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            assertFalse(Set.of("script", "iframe", "object", "embed", "style", "svg", "math", "img", "form", "link", "meta",
                    "base", "button", "video", "audio", "template", "noscript", "details", "marquee", "xmp")
                    .contains(e.normalName()), vector + " -> " + html);
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(name.startsWith("on") || name.equals("style") || name.equals("srcdoc")
                        || name.equals("formaction"), vector + " -> " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        vector + " -> " + html);
            }
        }
    }

    @Test
    void atLeastFiftyVectorsAreChecked() {
        assertTrue(xssVectors().count() >= 50);
    }

    @Test
    void rendersGithubFlavouredMarkdown() {
        String html = cooker.cook("""
                # 标题
                **粗体** ~~删除~~ `code`

                | a | b |
                |---|---|
                | 1 | 2 |

                - [x] done
                - [ ] todo

                > quote

                ```java
                int x = 1 < 2 ? 1 : 0;
                ```
                """).html();
        assertTrue(html.contains("<h1>标题</h1>"), html);
        assertTrue(html.contains("<strong>粗体</strong>") && html.contains("<del>删除</del>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>2</td>"), html);
        assertTrue(html.contains("type=\"checkbox\"") && html.contains("disabled"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<code class=\"language-java\">int x = 1 &lt; 2 ? 1 : 0;"), html);
    }

    @Test
    void linksAreMarkedAsUserContentAndAutolinked() {
        String html = cooker.cook("see https://example.com/a?b=1 and [docs](/help/x)").html();
        assertTrue(html.contains("<a href=\"https://example.com/a?b=1\" rel=\"nofollow ugc noopener\">"), html);
        assertTrue(html.contains("<a href=\"/help/x\" rel=\"nofollow ugc noopener\">docs</a>"), html);
    }

    @Test
    void imagesBecomeLinks() {
        String html = cooker.cook("![截图](https://example.com/a.png)").html();
        assertEquals("<p><a href=\"https://example.com/a.png\" rel=\"nofollow ugc noopener\">截图</a></p>", html);
    }

    @Test
    void mentionsAreMarkedAndCollectedButNotInCodeOrEmail() {
        Cooked cooked = cooker.cook("谢谢 @Li.Ming 和 @bob_2！mail me@example.com, `@notme` [@notlink](https://x.example)");
        assertEquals(List.of("li.ming", "bob_2"), List.copyOf(cooked.mentions()));
        assertTrue(cooked.html().contains("<span class=\"mention\">@Li.Ming</span>"), cooked.html());
        assertFalse(cooked.html().contains("<span class=\"mention\">@example"), cooked.html());
    }

    @Test
    void personalDataIsMaskedForThePublicOnly() {
        String text = "电话 13812345678，写信 <li.si@example.cn>，`13912345678`";
        Cooked public_ = cooker.cook(text);
        assertTrue(public_.masked());
        assertFalse(public_.html().contains("13812345678") || public_.html().contains("li.si@") || public_.html().contains("13912345678"),
                public_.html());
        assertFalse(public_.html().contains("mailto:"), "a link to a personal address is dropped");
        Cooked original = cooker.cookUnmasked(text);
        assertFalse(original.masked());
        assertTrue(original.html().contains("13812345678") && original.html().contains("mailto:li.si@example.cn"), original.html());
    }

    @Test
    void brokenAndDeeplyNestedMarkdownStillCooks() {
        assertTrue(cooker.cook("**unclosed _mixed [link](").html().contains("unclosed"));
        String nested = ">".repeat(500) + " deep\n" + "- ".repeat(300) + "list";
        assertTrue(cooker.cook(nested).html().contains("deep"));
    }
}
