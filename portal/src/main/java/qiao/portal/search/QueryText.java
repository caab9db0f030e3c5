package qiao.portal.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What people type into a search box, made fit to search for: compatibility forms folded (full-width
 * ＱＱ is QQ), invisible and control characters dropped, runs of space made one. Query syntax means
 * nothing here: quotes, brackets, stars and colons are text like any other, so no input can make a
 * query fail. A query in traditional characters also finds simplified text, and the other way round.
 */
public final class QueryText {

    /** Longer queries are cut here (in characters): nobody searches with a page of text. */
    public static final int MAX_LENGTH = 200;

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private QueryText() {
    }

    /** The text to search for (possibly empty), at most {@link #MAX_LENGTH} characters. */
    public static String clean(String raw) {
        String text = normalised(raw);
        return text.codePointCount(0, text.length()) <= MAX_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }

    /** Whether the typed text is longer than a query may be. */
    public static boolean tooLong(String raw) {
        String text = normalised(raw);
        return text.codePointCount(0, text.length()) > MAX_LENGTH;
    }

    private static String normalised(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFKC).strip();
    }

    /** The text as typed, then in simplified and in traditional characters where those differ. */
    public static List<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            variants.add(transliterate(TO_SIMPLIFIED, text));
            variants.add(transliterate(TO_TRADITIONAL, text));
        }
        return List.copyOf(variants);
    }

    private static String transliterate(Transliterator transliterator, String text) {
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
