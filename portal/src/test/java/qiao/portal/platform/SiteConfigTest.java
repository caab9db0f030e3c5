package qiao.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    @Test
    void intervalsInDaysHoursAndMinutes() {
        assertEquals(Optional.of(Duration.ofDays(1)), SiteConfig.interval("X", "1d"));
        assertEquals(Optional.of(Duration.ofHours(24)), SiteConfig.interval("X", "24h"));
        assertEquals(Optional.of(Duration.ofHours(6)), SiteConfig.interval("X", " 6H "));
        assertEquals(Optional.of(Duration.ofMinutes(30)), SiteConfig.interval("X", "30m"));
    }

    @Test
    void offAndZeroMeanNever() {
        assertEquals(Optional.empty(), SiteConfig.interval("X", "off"));
        assertEquals(Optional.empty(), SiteConfig.interval("X", "OFF"));
        assertEquals(Optional.empty(), SiteConfig.interval("X", "0"));
    }

    @Test
    void anythingElseNamesTheSettingAndWhatItTakes() {
        for (String bad : new String[] {"daily", "d", "-1h", "0h", "1.5d", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SiteConfig.interval("QIAO_BACKUP_EVERY", bad), bad);
            assertEquals("QIAO_BACKUP_EVERY is \"" + bad + "\"; it takes an interval such as 1d, 24h, 6h or 30m, or off",
                    e.getMessage());
        }
    }
}
