package qiao.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers for pages that show a form again with what was typed and what was wrong with it. */
public final class Forms {

    private Forms() {
    }

    /** Localized messages by field name, in the order the errors were found. */
    public static Map<String, List<String>> messages(FieldErrors errors, Visitor visitor) {
        return errors.all().stream().collect(Collectors.groupingBy(FieldErrors.FieldError::field, LinkedHashMap::new,
                Collectors.mapping(e -> visitor.text(e.messageKey(), e.args().toArray()), Collectors.toList())));
    }

    /**
     * The fields of a posted form as the container parsed them (the CSRF filter reads them first, so a JAX-RS form
     * entity would find the body already consumed), by name in the order posted.
     */
    public static Map<String, List<String>> fields(HttpServletRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, List.of(values)));
        return fields;
    }

    /** A single message for a field, e.g. for a refusal that belongs to one field. */
    public static Map<String, List<String>> message(String field, String text) {
        return Map.of(field, List.of(text));
    }
}
