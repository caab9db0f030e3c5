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
 * order numbers and the like are left alone.
 */
public final class PersonalData {

    /** The kinds of personal data recognised. */
    public enum Kind { MOBILE, LANDLINE, RESIDENT_ID, BANK_CARD, EMAIL }

    /** One finding: where it is in the text, what it is, and how it is shown masked. */
    public record Finding(int start, int end, Kind kind, String masked) {
    }

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
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
        List<Finding> found = new ArrayList<>();
        scan(text, RESIDENT_ID, found, m -> validResidentId(m.group()) ? Kind.RESIDENT_ID : null,
                m -> m.group().substring(0, 3) + "*".repeat(11) + m.group().substring(14));
        scan(text, BANK_CARD, found, m -> luhn(digits(m.group())) ? Kind.BANK_CARD : null,
                m -> "**** **** **** " + digits(m.group()).substring(digits(m.group()).length() - 4));
        scan(text, MOBILE, found, m -> Kind.MOBILE, m -> m.group(1) + "****" + m.group(3));
        scan(text, LANDLINE, found, m -> Kind.LANDLINE, m -> m.group(1) + "-****" + m.group(3));
        scan(text, EMAIL, found, m -> Kind.EMAIL, m -> m.group(1).charAt(0) + "***@" + m.group(2));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    public static boolean contains(String text) {
        return !find(text).isEmpty();
    }

    public static Set<Kind> kinds(String text) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        find(text).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }

    /** The text with every finding replaced by its masked form. */
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

    private static String digits(String s) {
        return s.replaceAll("[^0-9]", "");
    }
}
