package qiao.portal.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import qiao.api.plugin.PluginMessages;

/** A plugin's texts from {@code i18n/messages_zh_CN.properties} and {@code i18n/messages_en.properties}, read once. */
final class PluginBundles implements PluginMessages {

    private final Properties chinese;
    private final Properties english;

    PluginBundles(ClassLoader loader) {
        this.chinese = load(loader, "i18n/messages_zh_CN.properties");
        this.english = load(loader, "i18n/messages_en.properties");
    }

    @Override
    public String get(String language, String key, Object... args) {
        boolean zh = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        Properties first = zh ? chinese : english;
        Properties second = zh ? english : chinese;
        String pattern = first.getProperty(key, second.getProperty(key));
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(args);
    }

    private static Properties load(ClassLoader loader, String name) {
        Properties properties = new Properties();
        URL url = loader.getResource(name);
        if (url != null) {
            try (InputStream in = url.openStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
