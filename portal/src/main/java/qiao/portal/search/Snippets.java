package qiao.portal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import qiao.portal.search.ChineseAnalysis.Token;

/**
 * Marks what a query matched in a text, as HTML: the text escaped, each match in {@code <mark>}. The
 * same for both engines, because it analyses the stored (masked) text itself, the way the index did:
 * a text can show only what the index holds, which never includes personal data.
 */
public final class Snippets {

    /** About how many characters a snippet shows. */
    static final int LENGTH = 120;
    /** How much text is kept before the first match. */
    private static final int LEAD = 24;

    private static final Analyzer QUERY = ChineseAnalysis.bigrams();
    private static final Analyzer TEXT = ChineseAnalysis.bigramsAndCharacters();

    private final Set<String> terms = new HashSet<>();
    private final List<String> english = new ArrayList<>();

    /** Marks for a query (already {@link QueryText#clean cleaned}), in all its variants. */
    public Snippets(String query) {
        for (String variant : QueryText.variants(query)) {
            for (Token token : ChineseAnalysis.tokens(QUERY, variant)) {
                terms.add(token.term());
                if (ChineseAnalysis.english(token.term())) {
                    english.add(token.term());
                }
            }
        }
    }

    /** The whole text (a title) with its matches marked. */
    public String marked(String text) {
        return html(text, matches(text), 0, text.length());
    }

    /** About {@link #LENGTH} characters of the text around its most matches, marked; the start when nothing matches. */
    public String snippet(String text) {
        List<int[]> matches = matches(text);
        int start = 0;
        if (!matches.isEmpty()) {
            int best = 0;
            int bestCount = -1;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + LENGTH; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            start = Math.max(0, matches.get(best)[0] - LEAD);
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end - start < LENGTH) {
            start = Math.max(0, end - LENGTH);
        }
        start = boundary(text, start);
        end = boundary(text, end);
        return (start > 0 ? "…" : "") + html(text, matches, start, end) + (end < text.length() ? "…" : "");
    }

    /** Matched ranges of the text, in order, overlapping ones merged. */
    List<int[]> matches(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Token token : ChineseAnalysis.tokens(TEXT, text)) {
            if (!matchesTerm(token.term())) {
                continue;
            }
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && token.start() <= last[1]) {
                last[1] = Math.max(last[1], token.end());
            } else {
                ranges.add(new int[] {token.start(), token.end()});
            }
        }
        return ranges;
    }

    private boolean matchesTerm(String term) {
        if (terms.contains(term)) {
            return true;
        }
        if (!ChineseAnalysis.english(term)) {
            return false;
        }
        for (String word : english) {
            int edits = Spelling.allowedEdits(word);
            if (edits > 0 && Spelling.distance(word, term, edits) <= edits) {
                return true;
            }
        }
        return false;
    }

    private static String html(String text, List<int[]> matches, int start, int end) {
        StringBuilder out = new StringBuilder(end - start + 32);
        int at = start;
        for (int[] match : matches) {
            int from = Math.max(match[0], start);
            int to = Math.min(match[1], end);
            if (from >= to) {
                continue;
            }
            escape(text, at, from, out);
            out.append("<mark>");
            escape(text, from, to, out);
            out.append("</mark>");
            at = to;
        }
        escape(text, at, end, out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** Never cuts between the two halves of a character outside the basic plane. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
