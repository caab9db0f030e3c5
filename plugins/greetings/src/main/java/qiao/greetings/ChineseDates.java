package qiao.greetings;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Gregorian dates of Chinese calendar days, computed (by ICU's astronomical Chinese calendar, as China reckons it
 * at UTC+8), never looked up in a table of years.
 */
final class ChineseDates {

    /** Where the Chinese calendar is reckoned: the meridian of 120° E. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** ICU's extended Chinese year of the lunar year that begins in Gregorian year 0. */
    private static final int EXTENDED_YEAR_OFFSET = 2637;
    private static final double TROPICAL_YEAR_DAYS = 365.242_19;

    private ChineseDates() {
    }

    /**
     * The day of a lunar month in the lunar year that begins in {@code year}. A 30th in a month of 29 days is its
     * 29th, and a day of a leap month the year does not have is that day of the ordinary month.
     */
    static LocalDate lunar(int year, int month, int day, boolean leapMonth) {
        ChineseCalendar calendar = calendar(year, month, leapMonth);
        if (leapMonth && calendar.get(Calendar.IS_LEAP_MONTH) != 1) {
            calendar = calendar(year, month, false);
        }
        // ICU numbers the months (which is leap, which holds the winter solstice); the day each begins is the
        // day of its new moon in China, to the second
        long newMoon = NewMoons.nearest(LocalDate.ofInstant(calendar.getTime().toInstant(), ZoneOffset.UTC));
        LocalDate first = NewMoons.dayInChina(newMoon);
        long days = NewMoons.dayInChina(newMoon + 1).toEpochDay() - first.toEpochDay();
        return first.plusDays(Math.min(day, days) - 1);
    }

    /** The first day of the lunar month, so that whether it is a leap month can be read back. */
    private static ChineseCalendar calendar(int year, int month, boolean leapMonth) {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + EXTENDED_YEAR_OFFSET);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        calendar.getTime();
        return calendar;
    }

    /** The day, in China, on which the sun reaches an ecliptic longitude (0° at the March equinox) in {@code year}. */
    static LocalDate solarTerm(int year, double degrees) {
        long approximately = LocalDate.of(year, 3, 20).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                + Math.round((degrees / 360 * TROPICAL_YEAR_DAYS - 10) * 86_400_000L);
        long moment = new CalendarAstronomer(approximately).getSunTime(Math.toRadians(degrees), true);
        return LocalDate.ofInstant(Instant.ofEpochMilli(moment), CHINA);
    }
}
