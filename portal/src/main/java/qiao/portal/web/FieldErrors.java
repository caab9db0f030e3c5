package qiao.portal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What was wrong with each field of a submitted form or JSON body. Messages are bundle keys with
 * their arguments, turned into the caller's language only when shown.
 */
public final class FieldErrors {

    /** One problem with one field. */
    public record FieldError(String field, String messageKey, List<Object> args) {
    }

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String messageKey, Object... args) {
        errors.add(new FieldError(field, messageKey, List.of(args)));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return Collections.unmodifiableList(errors);
    }

    /** Throws {@link InvalidInput} if anything was added. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(this);
        }
    }
}
