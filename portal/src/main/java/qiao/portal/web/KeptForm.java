package qiao.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A form that could not be carried out, kept so it can be sent again: what the person typed
 * (shown, in fields they can still change) and the rest (hidden). Passwords and the old CSRF token
 * are never kept.
 */
record KeptForm(String action, List<Map<String, String>> typed, List<Map<String, String>> hidden) {

    static KeptForm of(String action, Map<String, List<String>> fields, Visitor visitor) {
        FormAction form = FormAction.of(action);
        List<Map<String, String>> typed = new ArrayList<>();
        List<Map<String, String>> hidden = new ArrayList<>();
        fields.forEach((name, values) -> {
            if (name.equals(CsrfFilter.FIELD) || name.toLowerCase(Locale.ROOT).contains("password")) {
                return;
            }
            for (String value : values) {
                boolean wasTyped = form.typed().contains(name) && !value.isBlank();
                (wasTyped ? typed : hidden).add(Map.of("name", name, "value", value, "label", visitor.text("field." + name)));
            }
        });
        return new KeptForm(action, typed, hidden);
    }
}
