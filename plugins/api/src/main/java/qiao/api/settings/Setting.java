package qiao.api.settings;

import java.util.List;

/**
 * One setting of a plugin, declared through {@link SettingsSchema.Builder}.
 *
 * @param key          how the plugin reads it and the admin API names it: a lower-case letter, then letters, digits,
 *                     dots and dashes (a language tag may end it, as in {@code message.zh-CN})
 * @param type         what it holds
 * @param defaultValue its value until an admin sets one, as text (a list's items on lines of their own)
 * @param choices      for {@link SettingType#CHOICE}, the values allowed; empty otherwise
 * @param min          for {@link SettingType#NUMBER}, the smallest allowed
 * @param max          for {@link SettingType#NUMBER}, the largest allowed
 */
public record Setting(String key, SettingType type, String defaultValue, List<String> choices, long min, long max) {

    public Setting {
        if (key == null || !key.matches("[a-z][A-Za-z0-9.-]{0,59}")) {
            throw new IllegalArgumentException("a setting's key is a lower-case letter, then letters, digits, dots and dashes: " + key);
        }
        choices = List.copyOf(choices);
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": a choice needs choices");
        }
    }
}
