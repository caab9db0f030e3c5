package qiao.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Instant NOW = Instant.parse("2027-02-06T02:00:00Z"); // 10:00 in Beijing

    @Test
    void anIntervalRunsAtOnceThenCountsFromTheEndOfARun() {
        Schedule every = Schedule.every(Duration.ofMinutes(5));
        assertEquals(NOW, every.first(NOW));
        assertEquals(Instant.parse("2027-02-06T02:05:00Z"), every.next(NOW));
        assertEquals("every PT5M", every.toString());
    }

    @Test
    void aCronRunsFirstAtItsNextTimeInItsZone() {
        Schedule nightly = Schedule.cron("30 3 * * *", ZoneId.of("Asia/Shanghai"));
        assertEquals(Instant.parse("2027-02-06T19:30:00Z"), nightly.first(NOW), "03:30 Beijing is 19:30 UTC the day before");
        assertEquals(Instant.parse("2027-02-06T19:30:00Z"), nightly.next(NOW));
        assertEquals(Instant.parse("2027-02-06T03:30:00Z"), Schedule.cron("30 3 * * *").next(NOW), "UTC by default");
        assertEquals("cron 30 3 * * * Asia/Shanghai", nightly.toString());
        assertEquals(nightly, Schedule.cron(" 30  3 * * * ", ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void tooOftenOrNoZoneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.every(Duration.ofMillis(999)));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every(null));
        assertThrows(IllegalArgumentException.class, () -> Schedule.cron("* * * * *", null));
    }
}
