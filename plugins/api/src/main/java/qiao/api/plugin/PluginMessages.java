package qiao.api.plugin;

/**
 * The plugin's own texts, from {@code i18n/messages_zh_CN.properties} and {@code i18n/messages_en.properties} in its
 * jar (UTF-8), in {@link java.text.MessageFormat} syntax. A key missing in one language falls back to the other.
 */
public interface PluginMessages {

    /**
     * @param language {@code zh-CN} or {@code en} (anything else is read as {@code en})
     * @return the text, or the key itself when no bundle has it
     */
    String get(String language, String key, Object... args);
}
