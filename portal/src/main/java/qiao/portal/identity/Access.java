package qiao.portal.identity;

import java.util.Optional;
import java.util.Locale;
import qiao.portal.web.FieldErrors;

/**
 * Who may do something (read a board or a help-center section, start threads in a board, reply): everyone,
 * people signed in, or staff.
 */
public enum Access {
    EVERYONE, SIGNED_IN, STAFF;

    /** Whether this person (or, when empty, an anonymous visitor) may. */
    public boolean allows(Optional<Person> person) {
        return switch (this) {
            case EVERYONE -> true;
            case SIGNED_IN -> person.isPresent();
            case STAFF -> person.map(Person::isStaff).orElse(false);
        };
    }

    /** The access a form or JSON field names (any case), or {@code fallback} when empty; an unknown one is an error of the field. */
    public static Access parse(String field, String raw, Access fallback, FieldErrors errors) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Access.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(field, "validation.access");
            return fallback;
        }
    }
}
