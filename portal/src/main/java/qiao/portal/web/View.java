package qiao.portal.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A page to render: a template name (looked up in the visitor's theme chain) and its variables.
 * Resources return it; {@link ViewWriter} renders it.
 */
public final class View {

    private final String template;
    private final Map<String, Object> model = new HashMap<>();
    private TemplateSource source;

    private View(String template) {
        this.template = template;
    }

    public static View of(String template) {
        return new View(template);
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /** Looks for the template (and what it includes) in {@code source} before the visitor's themes. */
    public View from(TemplateSource source) {
        this.source = source;
        return this;
    }

    TemplateSource source() {
        return source;
    }

    public String template() {
        return template;
    }

    public Map<String, Object> model() {
        return model;
    }
}
