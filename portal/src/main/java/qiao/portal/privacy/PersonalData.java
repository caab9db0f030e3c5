package qiao.portal.privacy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal numbers and addresses in text, e.g. 13812345678 → 138****5678. Numbers
 * are only taken for what they look like when their checksum agrees (ID numbers, bank cards), so
 * order numbers and the like are left alone. Text is matched as a reader sees it: full-width and
 * other digits count as digits, invisible characters between them are ignored, and a masked
 * finding covers them all.
 */
public final class PersonalData {

    /** The kinds of personal data recognised. */
    public enum Kind { MOBILE, LANDLINE, RESIDENT_ID, BANK_CARD, EMAIL }

    /** One finding: where it is in the text, what it is, and how it is shown masked. */
    public record Finding(int start, int end, Kind kind, String masked) {
    }

    private static final Pattern RESIDENT_ID = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9](?:[ -]?\\d){16}[ -]?[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])[1-9](?:[ -]?\\d){14,18}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3})[ -]?(\\d{3,4})[ -]?(\\d{4})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])([\\w.+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalData() {
    }

    /** Every finding in the text, in order, none overlapping (the most specific kind wins). */
    public static List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Seen seen = Seen.of(text);
        String plain = seen.text();
        List<Finding> found = new ArrayList<>();
        scan(plain, RESIDENT_ID, found, m -> validResidentId(digits(m.group())) ? Kind.RESIDENT_ID : null,
                m -> digits(m.group()).substring(0, 3) + "*".repeat(11) + digits(m.group()).substring(14));
        scan(plain, BANK_CARD, found, m -> luhn(digits(m.group())) ? Kind.BANK_CARD : null,
                m -> "**** **** **** " + digits(m.group()).substring(digits(m.group()).length() - 4));
        scan(plain, MOBILE, found, m -> Kind.MOBILE, m -> m.group(1) + "****" + m.group(3));
        scan(plain, LANDLINE, found, m -> Kind.LANDLINE, m -> m.group(1) + "-****" + m.group(3));
        scan(plain, EMAIL, found, m -> Kind.EMAIL, m -> m.group(1).charAt(0) + "***@" + m.group(2));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found.stream().map(f -> new Finding(seen.start(f.start()), seen.end(f.end()), f.kind(), f.masked()))
                .toList();
    }

    public static boolean contains(String text) {
        return !find(text).isEmpty();
    }

    public static Set<Kind> kinds(String text) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        find(text).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The text with every finding replaced by its masked form (null stays null). */
    public static String mask(String text) {
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : found) {
            out.append(text, at, f.start()).append(f.masked());
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * Puts the original personal data back into a text that someone edited from its masked form
     * (a moderator editing another's post sees it masked): each masked finding still in the edited
     * text, in order, becomes the original it stood for. What they removed stays removed; nothing
     * they could not see is shown to them, and nothing of the author's is lost.
     */
    public static String unmask(String edited, String original) {
        List<Finding> originals = find(original);
        if (originals.isEmpty() || edited == null) {
            return edited;
        }
        StringBuilder out = new StringBuilder(edited.length() + 64);
        int at = 0;
        for (Finding f : originals) {
            int where = edited.indexOf(f.masked(), at);
            if (where < 0) {
                continue;
            }
            out.append(edited, at, where).append(original, f.start(), f.end());
            at = where + f.masked().length();
        }
        return out.append(edited.substring(at)).toString();
    }

    private interface Classifier {
        Kind classify(Matcher m);
    }

    private interface Masker {
        String mask(Matcher m);
    }

    private static void scan(String text, Pattern pattern, List<Finding> found, Classifier classifier, Masker masker) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Kind kind = classifier.classify(m);
            if (kind != null && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                found.add(new Finding(m.start(), m.end(), kind, masker.mask(m)));
            }
        }
    }

    static boolean validResidentId(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The digits (and a final X of an ID number) of a matched number, without separators. */
    private static String digits(String s) {
        return s.replaceAll("[^0-9Xx]", "");
    }

    /**
     * The text as a reader sees it: invisible characters dropped; full-width ASCII, every decimal
     * digit, dashes and spaces made plain. Remembers where each character came from, so a finding
     * in it can be mapped back onto the text as written.
     */
    record Seen(String text, int[] from, int[] to) {

        static Seen of(String original) {
            StringBuilder plain = new StringBuilder(original.length());
            int[] from = new int[original.length() + 1];
            int[] to = new int[original.length() + 1];
            int n = 0;
            for (int i = 0; i < original.length(); ) {
                int c = original.codePointAt(i);
                int next = i + Character.charCount(c);
                char seen = plain(c);
                if (seen != 0) {
                    plain.append(seen);
                    from[n] = i;
                    to[n] = next;
                    n++;
                }
                i = next;
            }
            return new Seen(plain.toString(), from, to);
        }

        int start(int plainIndex) {
            return from[plainIndex];
        }

        int end(int plainEnd) {
            return to[plainEnd - 1];
        }

        /** The plain character for a code point, or 0 for one a reader does not see. */
        private static char plain(int c) {
            if (c < 0x80) {
                return (char) c;
            }
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                return (char) ('0' + Character.digit(c, 10));
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                return (char) (c - 0xFEE0);
            }
            if (c == 0x00AD || c == 0x180E || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2060 && c <= 0x2069 || c == 0xFEFF) {
                return 0;
            }
            if (c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0x30FC) {
                return '-';
            }
            if (Character.isSpaceChar(c)) {
                return ' ';
            }
            return c > 0xFFFF ? '\uFFFD' : (char) c;
        }
    }
}
