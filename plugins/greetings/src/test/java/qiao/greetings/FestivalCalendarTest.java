package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class FestivalCalendarTest {

    private final FestivalCalendar calendar = new FestivalCalendar();

    @ParameterizedTest(name = "{1} {0}: {2}")
    @CsvFileSource(resources = "/published-festivals.csv")
    void computedDatesAreThePublishedOnes(int year, Festival festival, LocalDate published) {
        assertEquals(published, calendar.dateOf(festival, year));
    }

    @Test
    void monthsAfterALeapMonthAreCountedAsOrdinaryOnes() {
        // 2025 has a leap sixth month (闰六月, from 25 July): the eighth month, and 中秋, come a month later
        assertEquals(LocalDate.of(2025, 10, 6), calendar.dateOf(Festival.MID_AUTUMN_FESTIVAL, 2025));
        assertEquals(LocalDate.of(2025, 8, 3), Birthday.lunar(6, 10, true).in(2025));
        assertEquals(LocalDate.of(2025, 7, 4), Birthday.lunar(6, 10, false).in(2025));
        assertEquals(LocalDate.of(2020, 5, 23), ChineseDates.lunar(2020, 4, 1, true), "闰四月 2020");
        assertEquals(LocalDate.of(2023, 3, 22), ChineseDates.lunar(2023, 2, 1, true), "闰二月 2023");
        assertEquals(LocalDate.of(2033, 12, 22), ChineseDates.lunar(2033, 11, 1, true), "闰十一月 2033, the \"2033 problem\"");
    }

    @Test
    void aDayCanHoldTwoFestivalsAndMostHoldNone() {
        assertEquals(List.of(Festival.MID_AUTUMN_FESTIVAL, Festival.NATIONAL_DAY), calendar.on(LocalDate.of(2020, 10, 1)));
        assertEquals(List.of(Festival.SPRING_FESTIVAL), calendar.on(LocalDate.of(2026, 2, 17)));
        assertEquals(List.of(), calendar.on(LocalDate.of(2026, 2, 18)));
        assertEquals(List.of(), calendar.on(LocalDate.of(1899, 1, 1)));
    }

    @Test
    void everyYearFrom1900To2100HasEachFestivalInItsSeason() {
        for (int year = FestivalCalendar.FIRST_YEAR; year <= FestivalCalendar.LAST_YEAR; year++) {
            within(year, Festival.SPRING_FESTIVAL, MonthDay.of(1, 21), MonthDay.of(2, 20));
            assertEquals(calendar.dateOf(Festival.SPRING_FESTIVAL, year).minusDays(1), calendar.dateOf(Festival.LUNAR_NEW_YEARS_EVE, year));
            assertEquals(calendar.dateOf(Festival.SPRING_FESTIVAL, year).plusDays(14), calendar.dateOf(Festival.LANTERN_FESTIVAL, year));
            within(year, Festival.QINGMING, MonthDay.of(4, 4), MonthDay.of(4, 6));
            within(year, Festival.DRAGON_BOAT_FESTIVAL, MonthDay.of(5, 23), MonthDay.of(6, 26));
            within(year, Festival.MID_AUTUMN_FESTIVAL, MonthDay.of(9, 7), MonthDay.of(10, 8));
            within(year, Festival.DOUBLE_NINTH_FESTIVAL, MonthDay.of(10, 1), MonthDay.of(11, 2));
        }
    }

    private void within(int year, Festival festival, MonthDay from, MonthDay to) {
        MonthDay day = MonthDay.from(calendar.dateOf(festival, year));
        assertTrue(!day.isBefore(from) && !day.isAfter(to), festival + " " + year + " on " + day);
    }

    @Test
    void onlyTheComputedYearsAreAnswered() {
        assertThrows(IllegalArgumentException.class, () -> calendar.dateOf(Festival.QIXI, 1899));
        assertThrows(IllegalArgumentException.class, () -> calendar.dateOf(Festival.QIXI, 2101));
        assertEquals(LocalDate.of(2100, 1, 1), calendar.dateOf(Festival.NEW_YEAR, 2100));
    }
}
