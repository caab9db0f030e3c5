package qiao.portal.identity;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Languages;

/**
 * The rules for what people type about themselves. Each check normalizes the value (trim, Unicode
 * NFC), records a localized error under the field's name if the value breaks a rule, and returns the
 * normalized value for use when there were no errors.
 */
final class AccountRules {

    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 256;
    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 2000;
    public static final int EMAIL_MAX = 254;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;]{2,}");
    private static final Set<String> COMMON_PASSWORDS = Set.of("1234567890", "12345678910", "0123456789",
            "qwertyuiop", "password12", "password123", "1qaz2wsx3edc", "iloveyou12", "abcdefghij", "aaaaaaaaaa",
            "a123456789", "woaini1314", "qq123456789", "1111111111", "8888888888", "5201314520");

    private AccountRules() {
    }

    public static String username(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            errors.add("username", "validation.required");
        } else if (!USERNAME.matcher(value).matches()) {
            errors.add("username", "validation.username");
        } else if (PersonalData.contains(value)) {
            errors.add("username", "validation.username.personalData");
        }
        return value;
    }

    public static String email(String raw, FieldErrors errors) {
        String value = clean(raw).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            errors.add("email", "validation.required");
        } else if (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
            errors.add("email", "validation.email");
        }
        return value;
    }

    /** Passwords are taken exactly as typed: no trimming, no normalization. */
    public static String password(String field, String raw, String username, FieldErrors errors) {
        String value = raw == null ? "" : raw;
        int length = value.codePointCount(0, value.length());
        if (value.isEmpty()) {
            errors.add(field, "validation.required");
        } else if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            errors.add(field, "validation.password.length", PASSWORD_MIN, PASSWORD_MAX);
        } else if (value.equalsIgnoreCase(username) || COMMON_PASSWORDS.contains(value.toLowerCase(Locale.ROOT))) {
            errors.add(field, "validation.password.guessable");
        }
        return value;
    }

    public static String displayName(String raw, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            errors.add("displayName", "validation.required");
        } else if (value.codePointCount(0, value.length()) > DISPLAY_NAME_MAX) {
            errors.add("displayName", "validation.tooLong", DISPLAY_NAME_MAX);
        } else if (hasInvisibleCharacters(value, false) || value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            errors.add("displayName", "validation.displayName.characters");
        }
        return value;
    }

    public static String bio(String raw, FieldErrors errors) {
        String value = clean(raw).replace("\r\n", "\n");
        if (value.codePointCount(0, value.length()) > BIO_MAX) {
            errors.add("bio", "validation.tooLong", BIO_MAX);
        } else if (hasInvisibleCharacters(value, true)) {
            errors.add("bio", "validation.characters");
        }
        return value.isEmpty() ? null : value;
    }

    public static String timeZone(String raw, FieldErrors errors) {
        String value = clean(raw);
        try {
            if (value.isEmpty() || !ZoneId.getAvailableZoneIds().contains(value)) {
                throw new DateTimeException(value);
            }
        } catch (DateTimeException e) {
            errors.add("timeZone", "validation.timeZone");
        }
        return value;
    }

    public static Locale language(String raw, FieldErrors errors) {
        return Languages.match(clean(raw)).orElseGet(() -> {
            errors.add("language", "validation.language");
            return Languages.DEFAULT;
        });
    }

    public static LocalDate birthday(String raw, LocalDate today, FieldErrors errors) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(LocalDate.of(1900, 1, 1)) || date.isAfter(today)) {
                errors.add("birthday", "validation.birthday");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add("birthday", "validation.birthday");
            return null;
        }
    }

    /** Trimmed and in Unicode NFC, so that visually equal names are equal; null becomes "". */
    static String clean(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }

    /**
     * Control and format characters (zero-width spaces, bidirectional overrides and the like) can
     * make a name look like someone else's; only newlines and tabs are allowed, and only in text.
     */
    static boolean hasInvisibleCharacters(String value, boolean multiline) {
        return value.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            boolean control = type == Character.CONTROL && !(multiline && (c == '\n' || c == '\t'));
            return control || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
        });
    }
}
