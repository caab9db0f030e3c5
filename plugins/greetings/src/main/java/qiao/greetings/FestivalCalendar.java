package qiao.greetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** On which day each {@link Festival} falls in a year from 1900 to 2100, and which festivals fall on a day. */
public final class FestivalCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** 清明: the sun at 15° of ecliptic longitude. */
    private static final double QINGMING_LONGITUDE = 15;

    private final Map<Integer, Map<Festival, LocalDate>> years = new ConcurrentHashMap<>();

    /** The day of a festival in a year. */
    public LocalDate dateOf(Festival festival, int year) {
        return year(year).get(festival);
    }

    /** The festivals of a day, in the order of the year; none outside 1900–2100. */
    public List<Festival> on(LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return List.of();
        }
        List<Festival> festivals = new ArrayList<>();
        year(day.getYear()).forEach((festival, date) -> {
            if (date.equals(day)) {
                festivals.add(festival);
            }
        });
        return festivals;
    }

    private Map<Festival, LocalDate> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("festivals are computed for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        return years.computeIfAbsent(year, FestivalCalendar::compute);
    }

    private static Map<Festival, LocalDate> compute(int year) {
        Map<Festival, LocalDate> dates = new EnumMap<>(Festival.class);
        LocalDate springFestival = ChineseDates.lunar(year, 1, 1, false);
        dates.put(Festival.NEW_YEAR, LocalDate.of(year, 1, 1));
        dates.put(Festival.LUNAR_NEW_YEARS_EVE, springFestival.minusDays(1));
        dates.put(Festival.SPRING_FESTIVAL, springFestival);
        dates.put(Festival.LANTERN_FESTIVAL, ChineseDates.lunar(year, 1, 15, false));
        dates.put(Festival.QINGMING, ChineseDates.solarTerm(year, QINGMING_LONGITUDE));
        dates.put(Festival.LABOUR_DAY, LocalDate.of(year, 5, 1));
        dates.put(Festival.DRAGON_BOAT_FESTIVAL, ChineseDates.lunar(year, 5, 5, false));
        dates.put(Festival.QIXI, ChineseDates.lunar(year, 7, 7, false));
        dates.put(Festival.MID_AUTUMN_FESTIVAL, ChineseDates.lunar(year, 8, 15, false));
        dates.put(Festival.NATIONAL_DAY, LocalDate.of(year, 10, 1));
        dates.put(Festival.DOUBLE_NINTH_FESTIVAL, ChineseDates.lunar(year, 9, 9, false));
        return Collections.unmodifiableMap(dates);
    }
}
