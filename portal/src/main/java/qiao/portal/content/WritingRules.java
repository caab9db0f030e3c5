package qiao.portal.content;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;

/**
 * The rules for what people write anywhere on the site (titles, Markdown bodies, names, slugs, icons, tags
 * and labels); each check records errors by field.
 */
public final class WritingRules {

    public static final int TITLE_MIN = 4;
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 32_000;
    public static final int TAGS_MAX = 5;
    public static final int TAG_MAX_LENGTH = 24;
    public static final int ICON_MAX = 4;
    /** Letters (any script), digits and a few joiners, so "c++", "c#", ".net" and "微信支付" all work. */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}.#+][\\p{L}\\p{N}\\p{M}._#+-]*");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    /** Bidirectional overrides and isolates: they make text read differently from how it is stored. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    /** Zero-width and other invisible characters that make two titles look alike. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200E\\u200F\\u2060\\uFEFF\\u061C\\p{Cc}]");

    private WritingRules() {
    }

    public static String title(String raw, FieldErrors errors) {
        String value = clean(raw);
        int length = value.codePointCount(0, value.length());
        if (value.isEmpty()) {
            errors.add("title", "validation.required");
        } else if (BIDI_CONTROLS.matcher(value).find() || INVISIBLE.matcher(value).find()) {
            errors.add("title", "validation.characters");
        } else if (length < TITLE_MIN || length > TITLE_MAX) {
            errors.add("title", "validation.title.length", TITLE_MIN, TITLE_MAX);
        }
        return value;
    }

    /** Markdown is kept as typed (apart from line endings and NFC); only its size and controls are checked. */
    public static String body(String raw, FieldErrors errors) {
        return body(raw, BODY_MAX, errors);
    }

    /** The same, for texts that may be longer than a post (help-center articles). */
    public static String body(String raw, int max, FieldErrors errors) {
        String value = raw == null ? "" : Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (value.isBlank()) {
            errors.add("body", "validation.required");
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add("body", "validation.tooLong", max);
        } else if (BIDI_CONTROLS.matcher(value).find()) {
            errors.add("body", "validation.characters");
        }
        return value;
    }

    public static String slug(String raw, FieldErrors errors) {
        String value = clean(raw).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(value).matches()) {
            errors.add("slug", "validation.slug");
        } else if (PersonalData.contains(value)) {
            errors.add("slug", "validation.slug.personalData");
        }
        return value;
    }

    public static String name(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            errors.add("name", "validation.required");
        } else if (value.codePointCount(0, value.length()) > 80) {
            errors.add("name", "validation.tooLong", 80);
        } else if (INVISIBLE.matcher(value).find() || BIDI_CONTROLS.matcher(value).find()) {
            errors.add("name", "validation.characters");
        }
        return value;
    }

    public static String description(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.codePointCount(0, value.length()) > 500) {
            errors.add("description", "validation.tooLong", 500);
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * Tag names as typed (a list from the API, or one field split at commas and spaces): trimmed,
     * lower-cased, inner spaces made hyphens, duplicates dropped, at most {@link #TAGS_MAX}.
     */
    public static List<String> tags(List<String> raw, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (raw.size() > TAGS_MAX * 4) {
            errors.add("tags", "validation.tags.tooMany", TAGS_MAX);
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String one : raw) {
            String name = clean(one).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
            if (name.isEmpty()) {
                continue;
            }
            int length = name.codePointCount(0, name.length());
            if (!TAG.matcher(name).matches()) {
                errors.add("tags", "validation.tag.characters", shortened(name));
            } else if (length > TAG_MAX_LENGTH) {
                errors.add("tags", "validation.tag.tooLong", shortened(name), TAG_MAX_LENGTH);
            } else if (PersonalData.contains(name)) {
                errors.add("tags", "validation.tag.personalData");
            } else {
                names.add(name);
            }
        }
        if (names.size() > TAGS_MAX) {
            errors.add("tags", "validation.tags.tooMany", TAGS_MAX);
        }
        return List.copyOf(names);
    }

    /** One field of several names (tags, usernames): separated by commas (either width), 、 or spaces. */
    public static List<String> splitNames(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return List.of(TAG_SEPARATORS.split(field.strip()));
    }

    /** A board's mark: an emoji or a character or two, nothing invisible. */
    public static String icon(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > ICON_MAX || INVISIBLE.matcher(value.replace("\u200D", "")).find()
                || BIDI_CONTROLS.matcher(value).find() || value.chars().anyMatch(Character::isWhitespace)) {
            errors.add("icon", "validation.icon", ICON_MAX);
        }
        return value;
    }

    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= TAG_MAX_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, TAG_MAX_LENGTH)) + "…";
    }

    private static String clean(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }
}
