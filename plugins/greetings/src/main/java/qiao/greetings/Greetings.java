package qiao.greetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which greetings a person gets at a moment: those of the day it is where they are, in their language. */
public final class Greetings {

    /** A greeting to show: its occasion and its text (plain text; whoever shows it escapes it). */
    public record Greeting(Occasion occasion, String text) {
    }

    private final FestivalCalendar calendar;

    public Greetings(FestivalCalendar calendar) {
        this.calendar = calendar;
    }

    public List<Greeting> of(Recipient recipient, Instant now, GreetingSettings settings) {
        return on(recipient, now.atZone(recipient.zone()).toLocalDate(), settings);
    }

    /** The greetings of a day, as a staff preview shows them. */
    public List<Greeting> on(Recipient recipient, LocalDate day, GreetingSettings settings) {
        String language = recipient.language().startsWith("zh") ? "zh-CN" : "en";
        List<Greeting> greetings = new ArrayList<>();
        if (settings.birthdays() && recipient.birthday().map(b -> b.in(day.getYear()).equals(day)).orElse(false)) {
            greetings.add(new Greeting(new Occasion("birthday/" + day.getYear(), "", true),
                    fill(settings.birthdayMessages(), language, recipient.name(), "")));
        }
        for (Festival festival : calendar.on(day)) {
            if (settings.festivals().contains(festival)) {
                String name = festival.displayName(language);
                greetings.add(new Greeting(new Occasion(festival.name() + "/" + day.getYear(), name, false),
                        fill(settings.messagesFor(festival.name()), language, recipient.name(), name)));
            }
        }
        for (SiteDay siteDay : settings.siteDays()) {
            if (siteDay.in(day.getYear()).equals(day)) {
                String name = language.equals("zh-CN") ? siteDay.chinese() : siteDay.english();
                greetings.add(new Greeting(new Occasion("day:" + siteDay.key() + "/" + day.getYear(), name, false),
                        fill(settings.messagesFor("day:" + siteDay.key()), language, recipient.name(), name)));
            }
        }
        return greetings;
    }

    private static String fill(Map<String, String> messages, String language, String name, String occasion) {
        String message = messages.getOrDefault(language, messages.getOrDefault("en", "{occasion}"));
        return message.replace("{name}", name).replace("{occasion}", occasion);
    }
}
