package qiao.portal.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import qiao.portal.privacy.PersonalData;

/**
 * Cooks Markdown into safe HTML. Three layers, each enough on its own for the common cases: HTML in
 * the source is escaped, not passed through; link targets with unsafe schemes are dropped by the
 * renderer; and the result is cleaned against an allow-list of tags, attributes and URL schemes.
 * Links get {@code rel="nofollow ugc noopener"}; images become links (they would load from other
 * sites, which the page's CSP forbids anyway); {@code @name} mentions are marked and collected.
 */
public final class MarkdownCooker {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create(), TaskListItemsExtension.create());
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9][A-Za-z0-9_.-]{2,31})");
    private static final String BASE = "http://qiao.invalid/";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private final Cleaner cleaner = new Cleaner(allowList());

    private static Safelist allowList() {
        return new Safelist()
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "s", "code",
                        "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "span",
                        "input")
                .addAttributes("a", "href", "title")
                .addAttributes("ol", "start")
                .addAttributes("code", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("span", "class")
                .addAttributes("input", "type", "checked", "disabled")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addEnforcedAttribute("a", "rel", "nofollow ugc noopener")
                .addEnforcedAttribute("input", "type", "checkbox")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .preserveRelativeLinks(true);
    }

    /** Cooks for the public: personal data in the text is masked (see {@link PersonalData}). */
    public Cooked cook(String markdown) {
        return cook(markdown, true);
    }

    /** Cooks for the author and staff, who may see personal data as it was written. */
    public Cooked cookUnmasked(String markdown) {
        return cook(markdown, false);
    }

    private Cooked cook(String markdown, boolean maskPersonalData) {
        String rendered = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(rendered, BASE);
        for (Element image : dirty.select("img")) {
            String alt = image.attr("alt").isBlank() ? image.attr("src") : image.attr("alt");
            image.replaceWith(new Element("a").attr("href", image.attr("src")).text(alt));
        }
        Document clean = cleaner.clean(dirty);
        Set<String> mentions = markMentions(clean.body());
        boolean masked = maskPersonalData && maskPersonalData(clean.body());
        clean.outputSettings().prettyPrint(false);
        return new Cooked(clean.body().html().strip(), mentions, masked);
    }

    /** Masks personal data in text and drops links whose address is personal data (mailto:). */
    private static boolean maskPersonalData(Element body) {
        boolean masked = false;
        for (Element link : body.select("a[href]")) {
            if (PersonalData.contains(link.attr("href"))) {
                link.replaceWith(new TextNode(link.text()));
                masked = true;
            }
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        }, body);
        for (TextNode text : texts) {
            String original = text.getWholeText();
            String safe = PersonalData.mask(original);
            if (!safe.equals(original)) {
                text.text(safe);
                masked = true;
            }
        }
        return masked;
    }

    /** The usernames (lower case) that cooked HTML mentions, as {@link #cook} marked them. */
    public static Set<String> mentionsIn(String cookedHtml) {
        Set<String> names = new LinkedHashSet<>();
        for (Element mention : Jsoup.parseBodyFragment(cookedHtml).select("span.mention")) {
            names.add(mention.text().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static Set<String> markMentions(Element body) {
        List<TextNode> withMentions = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideCodeOrLink(text) && MENTION.matcher(text.getWholeText()).find()) {
                withMentions.add(text);
            }
        }, body);
        Set<String> found = new LinkedHashSet<>();
        for (TextNode text : withMentions) {
            found.addAll(splitMentions(text, MENTION.matcher(text.getWholeText())));
        }
        return found;
    }

    private static Set<String> splitMentions(TextNode text, Matcher m) {
        Set<String> names = new LinkedHashSet<>();
        String whole = text.getWholeText();
        int last = 0;
        Node cursor = text;
        List<Node> replacement = new ArrayList<>();
        while (m.find()) {
            replacement.add(new TextNode(whole.substring(last, m.start())));
            String name = m.group(1);
            names.add(name.toLowerCase(Locale.ROOT));
            replacement.add(new Element("span").addClass("mention").text("@" + name));
            last = m.end();
        }
        replacement.add(new TextNode(whole.substring(last)));
        for (Node n : replacement) {
            cursor.after(n);
            cursor = n;
        }
        text.remove();
        return names;
    }

    private static boolean insideCodeOrLink(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && (e.nameIs("code") || e.nameIs("pre") || e.nameIs("a"))) {
                return true;
            }
        }
        return false;
    }
}
