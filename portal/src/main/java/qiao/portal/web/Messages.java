package qiao.portal.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every string a person reads comes from the bundles {@code i18n/messages*.properties} (UTF-8). */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK_TO_JVM_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String get(Locale locale, String key, List<Object> args) {
        return get(locale, key, args.toArray());
    }
}
