package qiao.api.settings;

import java.util.List;
import java.util.Map;

/**
 * Values an admin gave that a plugin's settings refuse, by setting key. Each problem is a message key of the
 * portal's (for example {@code settings.number.range}) with its arguments, so the admin reads it in their language.
 */
public final class InvalidSettings extends Exception {

    /** One problem with one value. */
    public record Problem(String messageKey, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private final transient Map<String, Problem> problems;

    InvalidSettings(Map<String, Problem> problems) {
        super("invalid settings: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
