package qiao.portal.helpcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import qiao.portal.content.MarkdownCooker;

class ArticleHtmlTest {

    private final MarkdownCooker cooker = new MarkdownCooker();

    @Test
    void numbersTheSecondAndThirdLevelHeadingsForTheContents() {
        String html = ArticleHtml.withHeadingIds(cooker.cook("# Title\n\n## 第一步\n\ntext\n\n### 细节\n\n## Second step\n\n#### deeper").html());
        assertEquals(List.of(new ArticleHtml.Heading("h-1", 2, "第一步"), new ArticleHtml.Heading("h-2", 3, "细节"),
                new ArticleHtml.Heading("h-3", 2, "Second step")), ArticleHtml.contents(html));
    }

    @Test
    void noIdAWriterTypedSurvivesOnlyTheOnesGivenHere() {
        String html = ArticleHtml.withHeadingIds(cooker.cook("<h2 id=\"evil\">x</h2>\n\n## real").html());
        assertEquals(List.of(new ArticleHtml.Heading("h-1", 2, "real")), ArticleHtml.contents(html));
        assertEquals(null, org.jsoup.Jsoup.parse(html).getElementById("evil"), "a typed tag is text, never an element");
    }

    @Test
    void aTextWithoutHeadingsHasNoContents() {
        assertEquals(List.of(), ArticleHtml.contents(ArticleHtml.withHeadingIds(cooker.cook("just a paragraph").html())));
    }
}
