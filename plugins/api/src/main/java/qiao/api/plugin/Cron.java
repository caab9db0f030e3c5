package qiao.api.plugin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A five-field cron expression (see {@link Schedule}), parsed once; {@link #next} finds the first matching minute. */
final class Cron {

    private static final Map<String, String> MACROS = Map.of("@yearly", "0 0 1 1 *", "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0", "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    /** Every matching day comes within this many years (29 February at most eight years apart). */
    private static final int YEARS_AHEAD = 9;

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private Cron(String expression, String[] fields) {
        this.expression = expression;
        minutes = field("minute", fields[0], 0, 59, List.of());
        hours = field("hour", fields[1], 0, 23, List.of());
        daysOfMonth = field("day of month", fields[2], 1, 31, List.of());
        months = field("month", fields[3], 1, 12, MONTHS);
        daysOfWeek = field("day of week", fields[4], 0, 7, DAYS);
        if (daysOfWeek.get(7)) {
            daysOfWeek.set(0);
        }
        anyDayOfMonth = fields[2].startsWith("*") || fields[2].equals("?");
        anyDayOfWeek = fields[4].startsWith("*") || fields[4].equals("?");
    }

    /** @throws IllegalArgumentException saying what is wrong */
    static Cron parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a cron expression is needed");
        }
        String trimmed = expression.trim().replaceAll("\\s+", " ");
        String expanded = MACROS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
        String[] fields = expanded.split(" ");
        if (fields.length != 5) {
            throw new IllegalArgumentException("a cron expression has five fields (minute hour day-of-month month day-of-week): " + expression);
        }
        Cron cron = new Cron(trimmed, fields);
        if (cron.anyDayOfWeek && !cron.someMonthHasADay()) {
            throw new IllegalArgumentException("the cron expression never matches (no such day in those months): " + expression);
        }
        return cron;
    }

    /** The first matching minute strictly after {@code after}, in its zone. */
    ZonedDateTime next(ZonedDateTime after) {
        LocalDateTime local = after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDateTime end = local.plusYears(YEARS_AHEAD);
        while (local.isBefore(end)) {
            if (!months.get(local.getMonthValue())) {
                local = local.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(local.toLocalDate())) {
                local = local.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hours.get(local.getHour())) {
                local = local.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(local.getMinute())) {
                local = local.plusMinutes(1);
            } else {
                ZonedDateTime candidate = ZonedDateTime.ofLocal(local, after.getZone(), after.getOffset());
                if (candidate.isAfter(after)) {
                    return candidate;
                }
                local = local.plusMinutes(1); // the minute came twice (the clocks went back) and its first time has passed
            }
        }
        throw new IllegalStateException("no time within " + YEARS_AHEAD + " years matches " + expression);
    }

    private boolean dayMatches(LocalDate day) {
        boolean ofMonth = daysOfMonth.get(day.getDayOfMonth());
        boolean ofWeek = daysOfWeek.get(day.getDayOfWeek().getValue() % 7);
        if (anyDayOfMonth || anyDayOfWeek) {
            return ofMonth && ofWeek;
        }
        return ofMonth || ofWeek;
    }

    private boolean someMonthHasADay() {
        for (int month = months.nextSetBit(1); month >= 0; month = months.nextSetBit(month + 1)) {
            if (daysOfMonth.nextSetBit(1) <= Month.of(month).maxLength()) {
                return true;
            }
        }
        return false;
    }

    private static BitSet field(String name, String text, int min, int max, List<String> names) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(name, part.substring(slash + 1), 1, max - min + 1, List.of());
            }
            int from;
            int to;
            if (range.equals("*") || range.equals("?")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) {
                    throw new IllegalArgumentException("the " + name + " field has a range that is not a-b: " + part);
                }
                from = number(name, ends[0], min, max, names);
                to = number(name, ends[1], min, max, names);
                if (from > to) {
                    throw new IllegalArgumentException("the " + name + " field has a range that runs backwards: " + part);
                }
            } else {
                from = number(name, range, min, max, names);
                to = slash >= 0 ? max : from;
            }
            for (int value = from; value <= to; value += step) {
                values.set(value);
            }
        }
        return values;
    }

    private static int number(String name, String text, int min, int max, List<String> names) {
        int named = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return named + min;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below, with the field's bounds
        }
        throw new IllegalArgumentException("the " + name + " field takes " + min + "–" + max
                + (names.isEmpty() ? "" : " or " + names.getFirst() + "–" + names.getLast()) + ", not \"" + text + "\"");
    }

    @Override
    public String toString() {
        return expression;
    }
}
