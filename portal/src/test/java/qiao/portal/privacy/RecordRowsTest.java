package qiao.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecordRowsTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:30:00Z");

    @Test
    void momentsAreTheSameInstantWhicheverDatabaseAnswered() {
        assertEquals("2026-12-07T08:30:00Z", RecordRows.portable(AT.atOffset(ZoneOffset.ofHours(8))));
        assertEquals("2026-12-07T08:30:00Z", RecordRows.portable(Timestamp.from(AT)));
        assertEquals("2026-12-07T08:30:00Z", RecordRows.portable(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC)));
    }

    @Test
    void otherValuesStayAsTheyAre() {
        assertEquals("1990-03-14", RecordRows.portable(LocalDate.of(1990, 3, 14)));
        assertEquals(42L, RecordRows.portable(42L));
        assertEquals("正文", RecordRows.portable("正文"));
        assertEquals(true, RecordRows.portable(true));
        assertNull(RecordRows.portable(null));
    }
}
