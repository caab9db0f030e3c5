package qiao.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Qiao speaks. Simplified Chinese is the site default. */
public final class Languages {

    public static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;
    public static final Locale DEFAULT = ZH_CN;
    public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);

    private Languages() {
    }

    /** The supported language a tag such as "zh", "zh-Hans-CN", "en-GB" or "en" stands for. */
    public static Optional<Locale> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language in an Accept-Language header, by quality. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(r -> r.getWeight() > 0)
                    .map(r -> match(r.getRange().replace("*", "")))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }

    /** The tag stored in profiles and cookies and put in {@code <html lang>}: "zh-CN" or "en". */
    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }
}
