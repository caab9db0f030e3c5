package qiao.greetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.Schedule;
import qiao.api.plugin.ScheduledJob;
import qiao.api.portal.Notice;
import qiao.api.portal.UserView;
import qiao.api.storage.PluginStorage;
import qiao.greetings.Greetings.Greeting;

/**
 * Sends each person their greetings of the day as notifications, in their zone and language. The portal sends each
 * key once, so a run may ask again; but a run goes through everyone every five minutes, so it is kept cheap: the
 * festivals of each (day, language) are worked out once per run, a lunar birthday's date once per year, and a
 * marker {@code done/<day>/<zone>} remembers up to which account a complete run with the same settings went
 * through that zone on that day, so later runs of the day skip those people without reading anything of theirs.
 */
@Extension
public class GreetingJob implements ScheduledJob {

    static final String LINK = "/p/greetings/";
    private static final String DONE = "done/";
    /** Stands for the name in the greetings worked out once for everyone. */
    private static final String NAME = "\u0000name\u0000";
    private static final int PAGE = 500;

    @Override
    public String name() {
        return "greet";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(5));
    }

    @Override
    public void run(PluginContext context) {
        new Run(context).run();
    }

    /** Sends one person their greetings of a day now (for someone who has just chosen their birthday). */
    static void greet(PluginContext context, UserView person, Recipient recipient, LocalDate day) {
        for (Greeting greeting : GreetingsPlugin.GREETINGS.on(recipient, day, GreetingsPlugin.settings(context))) {
            send(context, person.id(), greeting);
        }
    }

    private static void send(PluginContext context, long accountId, Greeting greeting) {
        String text = greeting.text().length() > 500 ? greeting.text().substring(0, 499) + "…" : greeting.text();
        context.portal().notify(accountId, new Notice("greeting/" + greeting.occasion().key(), text, LINK));
    }

    private record DayLanguage(LocalDate day, String language) {
    }

    private record BirthdayYear(Birthday birthday, int year) {
    }

    /** The state of one run. */
    private static final class Run {

        private final PluginContext context;
        private final GreetingSettings settings;
        private final String fingerprint;
        private final Instant now;
        private final Map<ZoneId, LocalDate> days = new HashMap<>();
        private final Map<DayLanguage, List<Greeting>> festivals = new HashMap<>();
        private final Map<BirthdayYear, LocalDate> birthdays = new HashMap<>();
        /** By {@code done/<day>/<zone>}: the last account a complete earlier run went through, or -1. */
        private final Map<String, Long> done = new HashMap<>();
        private int failures;

        Run(PluginContext context) {
            this.context = context;
            this.settings = GreetingsPlugin.settings(context);
            this.fingerprint = Integer.toHexString(context.settings().all().hashCode());
            this.now = context.clock().instant();
        }

        void run() {
            long after = 0;
            List<UserView> page;
            do {
                page = context.portal().users(after, PAGE);
                for (UserView person : page) {
                    try {
                        greet(person);
                    } catch (RuntimeException e) {
                        failures++;
                        context.logger().log(System.Logger.Level.WARNING, "greeting account " + person.id() + " failed", e);
                    }
                    after = person.id();
                }
            } while (page.size() == PAGE);
            if (failures == 0) {
                remember(after);
            }
        }

        private void greet(UserView person) {
            LocalDate day = days.computeIfAbsent(person.zone(), zone -> now.atZone(zone).toLocalDate());
            String marker = DONE + day + "/" + person.zone().getId();
            if (person.id() <= done.computeIfAbsent(marker, this::doneUpTo)) {
                return;
            }
            String language = GreetingsPlugin.language(person.language());
            if (settings.birthdays()) {
                PluginStorage own = context.storage().of(person.id());
                BirthdayChoice choice = BirthdayChoice.stored(own.get(BirthdayChoice.STORAGE_KEY));
                Optional<Birthday> birthday = choice.birthday(choice.needsProfile() ? person.birthday() : Optional.empty());
                if (birthday.isPresent() && day.equals(birthdays.computeIfAbsent(new BirthdayYear(birthday.get(), day.getYear()),
                        b -> b.birthday().in(b.year())))) {
                    // a birthday is rare: this person's greetings are worked out for them alone
                    GreetingJob.greet(context, person, new Recipient(person.displayName(), person.zone(), language, birthday), day);
                    return;
                }
            }
            for (Greeting greeting : festivals.computeIfAbsent(new DayLanguage(day, language), d -> GreetingsPlugin.GREETINGS.on(
                    new Recipient(NAME, person.zone(), d.language(), Optional.empty()), d.day(), settings))) {
                send(context, person.id(), new Greeting(greeting.occasion(), greeting.text().replace(NAME, person.displayName())));
            }
        }

        private long doneUpTo(String marker) {
            return context.storage().get(marker)
                    .filter(value -> value.startsWith(fingerprint + " "))
                    .map(value -> Long.parseLong(value.substring(fingerprint.length() + 1)))
                    .orElse(-1L);
        }

        /** After a complete run: everyone up to the last account is done for the days seen; older markers go. */
        private void remember(long lastId) {
            done.keySet().forEach(marker -> context.storage().put(marker, fingerprint + " " + lastId));
            LocalDate oldest = days.values().stream().min(LocalDate::compareTo).orElse(LocalDate.MIN);
            List<String> stale = new ArrayList<>();
            context.storage().list(DONE, 1000).keySet().forEach(marker -> {
                String day = marker.substring(DONE.length(), marker.indexOf('/', DONE.length()));
                if (LocalDate.parse(day).isBefore(oldest)) {
                    stale.add(marker);
                }
            });
            stale.forEach(context.storage()::delete);
        }
    }
}
