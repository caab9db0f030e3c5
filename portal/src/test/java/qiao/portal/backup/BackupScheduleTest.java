package qiao.portal.backup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final LocalTime AT = LocalTime.of(3, 30);
    private static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");

    @Test
    void aDailyBackupWaitsForItsTimeOfDayAndADay() {
        assertTrue(BackupSchedule.due(DAY, AT, LocalTime.of(3, 31), Optional.empty(), NOW), "never backed up, time reached");
        assertFalse(BackupSchedule.due(DAY, AT, LocalTime.of(2, 0), Optional.empty(), NOW), "not before 03:30");
        assertFalse(BackupSchedule.due(DAY, AT, LocalTime.of(4, 0), Optional.of(NOW.minus(Duration.ofHours(20))), NOW));
        assertTrue(BackupSchedule.due(DAY, AT, LocalTime.of(3, 35), Optional.of(NOW.minus(Duration.ofHours(23).plusMinutes(55))),
                NOW), "a day less the time between looks is a day");
    }

    @Test
    void shorterIntervalsIgnoreTheTimeOfDay() {
        Duration six = Duration.ofHours(6);
        assertTrue(BackupSchedule.due(six, AT, LocalTime.of(1, 0), Optional.of(NOW.minus(Duration.ofHours(7))), NOW));
        assertFalse(BackupSchedule.due(six, AT, LocalTime.of(12, 0), Optional.of(NOW.minus(Duration.ofHours(2))), NOW));
    }
}
