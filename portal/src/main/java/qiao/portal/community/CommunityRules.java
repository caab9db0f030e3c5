package qiao.portal.community;

import java.util.Locale;
import java.util.regex.Pattern;
import qiao.portal.web.FieldErrors;

/** The rules for what only boards and threads have: a thread's kind, a board's colour. The rest is {@link qiao.portal.content.WritingRules}. */
final class CommunityRules {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CommunityRules() {
    }

    /** A thread's kind: required, and one of the four. */
    public static ThreadKind kind(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            errors.add("kind", "validation.required");
            return ThreadKind.DISCUSSION;
        }
        return ThreadKind.fromKey(clean(raw).toLowerCase(Locale.ROOT)).orElseGet(() -> {
            errors.add("kind", "validation.kind");
            return ThreadKind.DISCUSSION;
        });
    }

    public static String colour(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return "#0b57d0";
        }
        if (!COLOUR.matcher(value).matches()) {
            errors.add("colour", "validation.colour");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String clean(String raw) {
        return raw == null ? "" : java.text.Normalizer.normalize(raw.strip(), java.text.Normalizer.Form.NFC);
    }
}
