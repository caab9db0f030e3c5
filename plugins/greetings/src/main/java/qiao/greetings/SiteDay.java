package qiao.greetings;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A fixed Gregorian day a site greets beyond the built-in festivals (教师节, its own anniversary…).
 *
 * @param key a short name of lower-case letters, digits and dashes
 */
public record SiteDay(String key, MonthDay day, String chinese, String english) {

    public SiteDay {
        if (key == null || !key.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a day's key is lower-case letters, digits and dashes: " + key);
        }
    }

    /** The day in a year; 29 February is kept on the 28th in common years. */
    LocalDate in(int year) {
        return day.atYear(year);
    }
}
