package qiao.greetings;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code site-days} setting: one day a line, {@code key|MM-DD|中文名|English name}. The settings schema only knows
 * it is a list of lines, so the lines are checked here; a bad line is refused with a reason and the others still count.
 */
final class SiteDays {

    /** The days read, and each refused line with why. */
    record Parsed(List<SiteDay> days, List<String> refused) {
        Parsed {
            days = List.copyOf(days);
            refused = List.copyOf(refused);
        }
    }

    private static final Pattern DAY = Pattern.compile("(\\d{2})-(\\d{2})");

    private SiteDays() {
    }

    static Parsed parse(List<String> lines) {
        List<SiteDay> days = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                SiteDay day = parse(line);
                if (!keys.add(day.key())) {
                    throw new IllegalArgumentException("the key " + day.key() + " is used by an earlier line");
                }
                days.add(day);
            } catch (IllegalArgumentException e) {
                refused.add("site-days: \"" + line.strip() + "\" refused: " + e.getMessage());
            }
        }
        return new Parsed(days, refused);
    }

    /** @throws IllegalArgumentException saying what is wrong with the line */
    static SiteDay parse(String line) {
        String[] parts = line.strip().split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected key|MM-DD|中文名|English name (4 parts separated by |), found "
                    + parts.length + " part(s)");
        }
        String key = parts[0].strip();
        if (!key.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("the key must be 1 to 40 lower-case letters, digits and dashes: " + key);
        }
        Matcher date = DAY.matcher(parts[1].strip());
        if (!date.matches()) {
            throw new IllegalArgumentException("the day must be MM-DD, such as 09-10: " + parts[1].strip());
        }
        MonthDay day;
        try {
            day = MonthDay.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: " + parts[1].strip());
        }
        String chinese = parts[2].strip();
        String english = parts[3].strip();
        if (chinese.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("both the Chinese and the English name are needed");
        }
        return new SiteDay(key, day, chinese, english);
    }
}
