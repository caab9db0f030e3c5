package qiao.api.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML a plugin gives the portal for a page slot. It can only be built here: text is always escaped, and only a
 * small set of elements and attributes, with links to web addresses or to the site itself, can appear. A plugin that
 * returns plain text instead gets it escaped by the portal; there is no way to hand over raw markup.
 *
 * <pre>{@code
 * SafeHtml banner = SafeHtml.element("p").attr("class", "greeting")
 *         .text("张三，祝您春节快乐！")
 *         .child(SafeHtml.element("a").attr("href", "/p/greetings/dismiss").text("关闭"))
 *         .build();
 * }</pre>
 */
public final class SafeHtml {

    static final Set<String> ELEMENTS = Set.of("p", "div", "span", "strong", "em", "small", "code", "a", "ul", "ol", "li", "br",
            "h2", "h3", "h4", "section", "aside", "time");
    private static final Set<String> VOID_ELEMENTS = Set.of("br");
    private static final Set<String> ATTRIBUTES = Set.of("class", "id", "title", "lang", "href", "role", "datetime", "hreflang");
    private static final Pattern ARIA_OR_DATA = Pattern.compile("(aria|data)-[a-z][a-z0-9-]{0,30}");
    private static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_ -]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern SCHEME = Pattern.compile("(?i)(https?:|mailto:)[^\\s]*");

    private static final Pattern META_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:._-]{0,63}");
    private static final Set<String> PAGE_METAS = Set.of("viewport", "charset", "referrer", "color-scheme");

    private final String html;
    private final boolean headOnly;

    private SafeHtml(String html) {
        this(html, false);
    }

    private SafeHtml(String html, boolean headOnly) {
        this.html = html;
        this.headOnly = headOnly;
    }

    /** Text, escaped. */
    public static SafeHtml text(String text) {
        return new SafeHtml(escape(text));
    }

    /** One after another. */
    public static SafeHtml of(List<SafeHtml> parts) {
        StringBuilder html = new StringBuilder();
        parts.forEach(part -> html.append(part.html));
        return new SafeHtml(html.toString(), !parts.isEmpty() && parts.stream().allMatch(part -> part.headOnly));
    }

    /**
     * A {@code <meta>} for the page's head slot: {@code og:} and {@code article:} names as Open Graph properties, others
     * as names ({@code description}, {@code theme-color}…).
     *
     * @throws IllegalArgumentException for a name with other than letters, digits and {@code : . _ -}, or one the page
     *                                  sets itself (viewport, charset, referrer, color-scheme, htmx…)
     */
    public static SafeHtml meta(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!META_NAME.matcher(name).matches() || PAGE_METAS.contains(lower) || lower.startsWith("htmx")) {
            throw new IllegalArgumentException("a plugin's meta may not be named " + name);
        }
        String attribute = name.startsWith("og:") || name.startsWith("article:") ? "property" : "name";
        return new SafeHtml("<meta " + attribute + "=\"" + escape(name) + "\" content=\"" + escape(content) + "\">", true);
    }

    /**
     * A stylesheet for the page's head slot, a path of this site: usually the plugin's own, {@code /p/<plugin>/_static/…}.
     *
     * @throws IllegalArgumentException for a stylesheet of another site (the portal's Content-Security-Policy would
     *                                  block it anyway)
     */
    public static SafeHtml stylesheet(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            throw new IllegalArgumentException("a stylesheet is a path of this site: " + path);
        }
        return new SafeHtml("<link rel=\"stylesheet\" href=\"" + escape(path) + "\">", true);
    }

    /** True if this holds only {@link #meta} and {@link #stylesheet}: what the {@code head} slot takes. */
    public boolean headOnly() {
        return headOnly;
    }

    /**
     * An element to fill.
     *
     * @throws IllegalArgumentException for an element not allowed (script, style, form, iframe, img…)
     */
    public static Element element(String name) {
        String tag = name.toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(tag)) {
            throw new IllegalArgumentException("a plugin's HTML may not hold <" + name + ">; allowed: " + ELEMENTS);
        }
        return new Element(tag);
    }

    /** The markup, ready to place in a page. */
    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An element being built: its attributes first, then what it holds. */
    public static final class Element {

        private final String name;
        private final StringBuilder attributes = new StringBuilder();
        private final StringBuilder content = new StringBuilder();

        private Element(String name) {
            this.name = name;
        }

        /**
         * @throws IllegalArgumentException for an attribute not allowed (on*, style, src…), a class or id with other
         *                                  than letters, digits, dashes and underscores, or a link that is neither a
         *                                  web or mail address nor a path of this site
         */
        public Element attr(String attribute, String value) {
            String key = attribute.toLowerCase(Locale.ROOT);
            if (!ATTRIBUTES.contains(key) && !ARIA_OR_DATA.matcher(key).matches()) {
                throw new IllegalArgumentException("a plugin's HTML may not use the attribute " + attribute);
            }
            if (key.equals("class") && !CLASSES.matcher(value).matches() || key.equals("id") && !ID.matcher(value).matches()) {
                throw new IllegalArgumentException(key + " must be letters, digits, dashes and underscores: " + value);
            }
            if (key.equals("href") && !link(value)) {
                throw new IllegalArgumentException("a link must be http(s), mailto or a path of this site: " + value);
            }
            attributes.append(' ').append(key).append("=\"").append(escape(value)).append('"');
            return this;
        }

        public Element text(String text) {
            return child(SafeHtml.text(text));
        }

        public Element child(SafeHtml html) {
            if (VOID_ELEMENTS.contains(name)) {
                throw new IllegalArgumentException("<" + name + "> holds nothing");
            }
            content.append(html.html);
            return this;
        }

        public Element child(Element element) {
            return child(element.build());
        }

        public SafeHtml build() {
            String open = "<" + name + attributes + ">";
            return new SafeHtml(VOID_ELEMENTS.contains(name) ? open : open + content + "</" + name + ">");
        }

        private static boolean link(String href) {
            return SCHEME.matcher(href).matches() || href.startsWith("#") || href.startsWith("/") && !href.startsWith("//");
        }
    }
}
