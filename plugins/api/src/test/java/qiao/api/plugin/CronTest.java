package qiao.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ZonedDateTime next(String expression, String after, ZoneId zone) {
        return Cron.parse(expression).next(ZonedDateTime.of(java.time.LocalDateTime.parse(after), zone));
    }

    private static String nextLocal(String expression, String after) {
        return next(expression, after, SHANGHAI).toLocalDateTime().toString();
    }

    @Test
    void everyMinuteIsTheNextWholeMinute() {
        assertEquals("2027-02-06T10:16", nextLocal("* * * * *", "2027-02-06T10:15:30"));
        assertEquals("2027-02-06T10:16", nextLocal("* * * * *", "2027-02-06T10:15"));
    }

    @Test
    void aNightlyTimeIsTodayIfStillAheadElseTomorrow() {
        assertEquals("2027-02-06T03:30", nextLocal("30 3 * * *", "2027-02-06T01:00"));
        assertEquals("2027-02-07T03:30", nextLocal("30 3 * * *", "2027-02-06T03:30"));
        assertEquals("2027-03-01T03:30", nextLocal("30 3 * * *", "2027-02-28T04:00"));
        assertEquals("2028-01-01T00:00", nextLocal("@yearly", "2027-02-06T00:00"));
    }

    @Test
    void stepsRangesListsAndNames() {
        assertEquals("2027-02-06T10:30", nextLocal("*/15 * * * *", "2027-02-06T10:15"));
        assertEquals("2027-02-06T12:00", nextLocal("0 8-18/2 * * *", "2027-02-06T10:00"));
        assertEquals("2027-02-06T10:20", nextLocal("5,20,35 * * * *", "2027-02-06T10:05"));
        assertEquals("2027-02-06T10:50", nextLocal("20/15 * * * *", "2027-02-06T10:36"));
        assertEquals("2027-02-08T09:00", nextLocal("0 9 * * MON-FRI", "2027-02-06T08:00"), "Saturday → Monday");
        assertEquals("2027-06-01T00:00", nextLocal("0 0 1 jun *", "2027-02-06T08:00"));
        assertEquals("2027-02-07T00:00", nextLocal("0 0 * * 7", "2027-02-06T08:00"), "7 is Sunday, as is 0");
        assertEquals("2027-02-07T00:00", nextLocal("@weekly", "2027-02-06T08:00"));
    }

    @Test
    void bothDayFieldsRestrictedMeansEitherDay() {
        assertEquals("2027-02-08T00:00", nextLocal("0 0 13 * MON", "2027-02-06T08:00"), "the Monday comes before the 13th");
        assertEquals("2027-02-13T00:00", nextLocal("0 0 13 * MON", "2027-02-08T08:00"));
        assertEquals("2027-02-08T00:00", nextLocal("0 0 * * MON", "2027-02-06T08:00"), "a star day of month leaves the week day alone");
    }

    @Test
    void theTwentyNinthOfFebruaryComesInTheNextLeapYear() {
        assertEquals("2028-02-29T00:00", nextLocal("0 0 29 2 *", "2027-02-06T00:00"));
        assertEquals("2104-02-29T00:00", nextLocal("0 0 29 2 *", "2096-03-01T00:00"), "2100 is not a leap year");
    }

    @Test
    void aTimeTheClocksSkipRunsAfterTheGapAndATimeThatComesTwiceRunsOnce() {
        ZonedDateTime skipped = next("30 2 * * *", "2027-03-14T00:00", NEW_YORK);
        assertEquals("2027-03-14T03:30-04:00[America/New_York]", skipped.toString());
        ZonedDateTime first = next("30 1 * * *", "2027-11-07T00:00", NEW_YORK);
        assertEquals("2027-11-07T01:30-04:00[America/New_York]", first.toString());
        ZonedDateTime after = Cron.parse("30 1 * * *").next(first.plusMinutes(1));
        assertEquals("2027-11-08T01:30-05:00[America/New_York]", after.toString(), "not again at 01:30 standard time");
    }

    @Test
    void mistakesAreRefusedSayingWhy() {
        assertEquals("a cron expression has five fields (minute hour day-of-month month day-of-week): 0 3 * *",
                assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 3 * *")).getMessage());
        assertEquals("the hour field takes 0–23, not \"24\"",
                assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 24 * * *")).getMessage());
        assertEquals("the month field takes 1–12 or JAN–DEC, not \"FOO\"",
                assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 1 FOO *")).getMessage());
        assertEquals("the minute field has a range that runs backwards: 30-10",
                assertThrows(IllegalArgumentException.class, () -> Cron.parse("30-10 * * * *")).getMessage());
        assertEquals("the cron expression never matches (no such day in those months): 0 0 30 2 *",
                assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 30 2 *")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cron.parse("0 0 L * *")).getMessage().contains("\"L\""));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> Cron.parse("*/0 * * * *"));
    }
}
