package qiao.greetings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import qiao.api.settings.Settings;

/**
 * Turns the admin's {@link Settings} (declared by {@link GreetingsLifecycle}) into {@link GreetingSettings}. What the
 * schema cannot check (festival names, site-day lines) is checked here: a bad item is left out and reported, never
 * the whole setting.
 */
final class GreetingSettingsReader {

    /** The settings, and each item left out with why. */
    record Read(GreetingSettings settings, List<String> problems) {
        Read {
            problems = List.copyOf(problems);
        }
    }

    private GreetingSettingsReader() {
    }

    static Read read(Settings settings) {
        GreetingSettings defaults = GreetingSettings.defaults();
        List<String> problems = new ArrayList<>();
        Set<Festival> festivals = EnumSet.noneOf(Festival.class);
        for (String name : settings.list(GreetingsLifecycle.FESTIVALS)) {
            try {
                festivals.add(Festival.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("festivals: no festival " + name.strip() + " (known: " + EnumSet.allOf(Festival.class) + ")");
            }
        }
        SiteDays.Parsed siteDays = SiteDays.parse(settings.list(GreetingsLifecycle.SITE_DAYS));
        problems.addAll(siteDays.refused());
        Map<String, String> messages = Map.of(
                "zh-CN", orDefault(settings.text(GreetingsLifecycle.MESSAGE_ZH), defaults.messages().get("zh-CN")),
                "en", orDefault(settings.text(GreetingsLifecycle.MESSAGE_EN), defaults.messages().get("en")));
        Map<String, String> birthdayMessages = Map.of(
                "zh-CN", orDefault(settings.text(GreetingsLifecycle.BIRTHDAY_ZH), defaults.birthdayMessages().get("zh-CN")),
                "en", orDefault(settings.text(GreetingsLifecycle.BIRTHDAY_EN), defaults.birthdayMessages().get("en")));
        // the festivals with words of their own (清明 is not "happy") keep them: the settings have no place for them
        return new Read(new GreetingSettings(festivals, siteDays.days(), settings.bool(GreetingsLifecycle.BIRTHDAYS), messages,
                defaults.messagesOf(), birthdayMessages), problems);
    }

    /** A message left blank would greet nobody with nothing; the default says something. */
    private static String orDefault(String value, String defaultValue) {
        return value.isBlank() ? defaultValue : value;
    }
}
