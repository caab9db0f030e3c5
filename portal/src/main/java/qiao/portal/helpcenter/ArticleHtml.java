package qiao.portal.helpcenter;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's headings, for its table of contents: each second- and third-level heading of the cooked
 * HTML gets an id of its own ({@code h-1}, {@code h-2} …), made here after the text was cleaned, so no id a
 * writer typed ever reaches the page.
 */
final class ArticleHtml {

    /** A heading of the table of contents. */
    record Heading(String id, int level, String text) {
    }

    private ArticleHtml() {
    }

    static String withHeadingIds(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        int n = 0;
        for (Element heading : doc.body().select("h2, h3")) {
            heading.attr("id", "h-" + ++n);
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    static List<Heading> contents(String html) {
        List<Heading> headings = new ArrayList<>();
        for (Element heading : Jsoup.parseBodyFragment(html).body().select("h2[id], h3[id]")) {
            headings.add(new Heading(heading.id(), heading.tagName().equals("h2") ? 2 : 3, heading.text()));
        }
        return headings;
    }
}
