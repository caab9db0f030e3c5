package qiao.greetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import qiao.api.html.SafeHtml;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.Viewer;
import qiao.api.portal.UserView;
import qiao.greetings.Greetings.Greeting;

/** What the banner, the job and the routes share: the calendar, the settings as read, recipients and the banner. */
final class GreetingsPlugin {

    /** One per plugin class loader: it keeps each year's festival days once computed. */
    static final FestivalCalendar GREETINGS_CALENDAR = new FestivalCalendar();
    static final Greetings GREETINGS = new Greetings(GREETINGS_CALENDAR);

    private static volatile Map<String, String> lastValues = Map.of();
    private static volatile GreetingSettings lastSettings;

    private GreetingsPlugin() {
    }

    /** The settings now; problems with them are logged once each time they change, not on every page. */
    static GreetingSettings settings(PluginContext context) {
        Map<String, String> values = context.settings().all();
        GreetingSettings cached = lastSettings;
        if (cached != null && values.equals(lastValues)) {
            return cached;
        }
        GreetingSettingsReader.Read read = GreetingSettingsReader.read(context.settings());
        read.problems().forEach(problem -> context.logger().log(System.Logger.Level.WARNING, problem));
        lastSettings = read.settings();
        lastValues = values;
        return read.settings();
    }

    /** {@code zh-CN} for any Chinese, {@code en} for anything else: the two languages the plugin has texts in. */
    static String language(String language) {
        return language != null && language.startsWith("zh") ? "zh-CN" : "en";
    }

    /** The viewer as a recipient, in a language: a visitor is a friend without a birthday. */
    static Recipient recipient(Viewer viewer, String language, PluginContext context) {
        if (viewer.accountId().isEmpty()) {
            return new Recipient(context.messages().get(language, "visitor.name"), viewer.zone(), language, Optional.empty());
        }
        long id = viewer.accountId().get();
        BirthdayChoice choice = BirthdayChoice.stored(context.storage().of(id).get(BirthdayChoice.STORAGE_KEY));
        // the profile's birthday is read only for someone who asked to be greeted on it
        Optional<Birthday> birthday = choice.birthday(choice.needsProfile()
                ? context.portal().user(id).flatMap(UserView::birthday) : Optional.empty());
        return new Recipient(viewer.displayName(), viewer.zone(), language, birthday);
    }

    /** The banner of a day's greetings: the first one, which the person may close for that occasion. */
    static Optional<Fragment> banner(List<Greeting> greetings, String language) {
        if (greetings.isEmpty()) {
            return Optional.empty();
        }
        Greeting first = greetings.get(0);
        return Optional.of(Fragment.dismissible(dismissKey(first.occasion()),
                SafeHtml.element("p").attr("class", "greeting-banner").attr("lang", language).text(first.text()).build()));
    }

    /** The occasion's key as a dismiss key: lower-cased, and {@code day:x} as {@code day.x} (no colons there). */
    static String dismissKey(Occasion occasion) {
        return occasion.key().toLowerCase(Locale.ROOT).replace(':', '.');
    }

    /** What an occasion is called; a birthday's occasion has no name of its own. */
    static String occasionName(Occasion occasion, String language, PluginContext context) {
        return occasion.birthday() ? context.messages().get(language, "occasion.birthday") : occasion.name();
    }
}
