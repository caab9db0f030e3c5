package qiao.api.settings;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plugin's settings, checked against its schema: each read gives the admin's value or the default. */
public final class Settings {

    private final Map<String, Setting> schema;
    private final Map<String, String> values;

    Settings(Map<String, Setting> schema, Map<String, String> values) {
        this.schema = schema;
        this.values = Map.copyOf(values);
    }

    /** The value as text, exactly as stored: what the admin API and page show. */
    public String text(String key) {
        return values.getOrDefault(key, setting(key).defaultValue());
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(text(key));
    }

    public long number(String key) {
        return Long.parseLong(text(key));
    }

    public List<String> list(String key) {
        String text = text(key);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public ZoneId zone(String key) {
        return ZoneId.of(text(key));
    }

    /** Every value as text, by key, defaults included. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        schema.keySet().forEach(key -> all.put(key, text(key)));
        return all;
    }

    private Setting setting(String key) {
        Setting setting = schema.get(key);
        if (setting == null) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return setting;
    }
}
