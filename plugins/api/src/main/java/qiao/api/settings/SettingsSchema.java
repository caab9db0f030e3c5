package qiao.api.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a plugin has, in the order the admin page shows them. The portal checks every value an admin gives
 * against it before anything is stored, and a plugin reads its {@link Settings} already checked.
 *
 * <pre>{@code
 * SettingsSchema schema = SettingsSchema.builder()
 *         .bool("birthdays", true)
 *         .text("message.zh-CN", "{name}，祝您{occasion}快乐！")
 *         .choice("banner", "top", List.of("top", "bottom"))
 *         .build();
 * }</pre>
 */
public final class SettingsSchema {

    static final int STRING_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final int LIST_ITEMS_MAX = 100;
    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    private final Map<String, Setting> settings;

    private SettingsSchema(Map<String, Setting> settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Setting> settings() {
        return List.copyOf(settings.values());
    }

    /** Settings of the stored values, which were checked when they were stored; keys no longer declared are dropped. */
    public Settings of(Map<String, String> stored) {
        Map<String, String> known = new LinkedHashMap<>(stored);
        known.keySet().retainAll(settings.keySet());
        return new Settings(settings, known);
    }

    /**
     * The current settings with the admin's changes, each checked and normalised (lists without blank lines, text
     * with Unix line ends); a key not given keeps its current value.
     *
     * @throws InvalidSettings naming every key whose value is refused, and unknown keys
     */
    public Settings change(Settings current, Map<String, String> changes) throws InvalidSettings {
        Map<String, InvalidSettings.Problem> problems = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>(current.all());
        changes.forEach((key, raw) -> {
            Setting setting = settings.get(key);
            if (setting == null) {
                problems.put(key, problem("settings.unknown"));
                return;
            }
            String value = raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n');
            InvalidSettings.Problem problem = check(setting, value);
            if (problem != null) {
                problems.put(key, problem);
            } else {
                values.put(key, normalise(setting, value));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        return new Settings(settings, values);
    }

    private static InvalidSettings.Problem check(Setting setting, String value) {
        return switch (setting.type()) {
            case STRING -> value.contains("\n") ? problem("settings.string.oneLine")
                    : value.codePointCount(0, value.length()) > STRING_MAX ? problem("settings.tooLong", STRING_MAX) : null;
            case TEXT -> value.codePointCount(0, value.length()) > TEXT_MAX ? problem("settings.tooLong", TEXT_MAX) : null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : problem("settings.boolean");
            case NUMBER -> number(setting, value);
            case CHOICE -> setting.choices().contains(value) ? null : problem("settings.choice", String.join(", ", setting.choices()));
            case LIST -> list(value);
            case TIME_ZONE -> zone(value);
            case LANGUAGE -> LANGUAGES.contains(value) ? null : problem("settings.language");
        };
    }

    private static InvalidSettings.Problem number(Setting setting, String value) {
        try {
            long number = Long.parseLong(value.strip());
            return number < setting.min() || number > setting.max() ? problem("settings.number.range", setting.min(), setting.max()) : null;
        } catch (NumberFormatException e) {
            return problem("settings.number");
        }
    }

    private static InvalidSettings.Problem list(String value) {
        List<String> items = items(value);
        if (items.size() > LIST_ITEMS_MAX) {
            return problem("settings.list.tooMany", LIST_ITEMS_MAX);
        }
        return items.stream().anyMatch(i -> i.codePointCount(0, i.length()) > STRING_MAX) ? problem("settings.tooLong", STRING_MAX) : null;
    }

    private static InvalidSettings.Problem zone(String value) {
        try {
            ZoneId.of(value.strip());
            return null;
        } catch (DateTimeException e) {
            return problem("settings.timeZone");
        }
    }

    private static String normalise(Setting setting, String value) {
        return switch (setting.type()) {
            case LIST -> String.join("\n", items(value));
            case NUMBER, TIME_ZONE -> value.strip();
            default -> value;
        };
    }

    private static List<String> items(String value) {
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static InvalidSettings.Problem problem(String key, Object... args) {
        return new InvalidSettings.Problem(key, List.of(args));
    }

    /** Declares settings in the order the admin page shows them. */
    public static final class Builder {

        private final Map<String, Setting> settings = new LinkedHashMap<>();

        public Builder string(String key, String defaultValue) {
            return add(new Setting(key, SettingType.STRING, defaultValue, List.of(), 0, 0));
        }

        public Builder text(String key, String defaultValue) {
            return add(new Setting(key, SettingType.TEXT, defaultValue, List.of(), 0, 0));
        }

        public Builder bool(String key, boolean defaultValue) {
            return add(new Setting(key, SettingType.BOOLEAN, Boolean.toString(defaultValue), List.of(), 0, 0));
        }

        public Builder number(String key, long defaultValue, long min, long max) {
            return add(new Setting(key, SettingType.NUMBER, Long.toString(defaultValue), List.of(), min, max));
        }

        public Builder choice(String key, String defaultValue, List<String> choices) {
            return add(new Setting(key, SettingType.CHOICE, defaultValue, choices, 0, 0));
        }

        public Builder list(String key, List<String> defaultValue) {
            return add(new Setting(key, SettingType.LIST, String.join("\n", defaultValue), List.of(), 0, 0));
        }

        public Builder timeZone(String key, String defaultValue) {
            return add(new Setting(key, SettingType.TIME_ZONE, defaultValue, List.of(), 0, 0));
        }

        public Builder language(String key, String defaultValue) {
            return add(new Setting(key, SettingType.LANGUAGE, defaultValue, List.of(), 0, 0));
        }

        private Builder add(Setting setting) {
            InvalidSettings.Problem problem = check(setting, setting.defaultValue());
            if (problem != null) {
                throw new IllegalArgumentException(setting.key() + ": its default is refused (" + problem.messageKey() + ")");
            }
            if (settings.putIfAbsent(setting.key(), setting) != null) {
                throw new IllegalArgumentException("two settings named " + setting.key());
            }
            return this;
        }

        public SettingsSchema build() {
            return new SettingsSchema(Collections.unmodifiableMap(new LinkedHashMap<>(settings)));
        }
    }
}
