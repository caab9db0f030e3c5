package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteDaysTest {

    @Test
    void aLineIsKeyDayChineseAndEnglishName() {
        assertEquals(new SiteDay("teachers-day", MonthDay.of(9, 10), "教师节", "Teachers' Day"),
                SiteDays.parse(" teachers-day | 09-10 | 教师节 | Teachers' Day "));
        assertEquals(new SiteDay("leap", MonthDay.of(2, 29), "闰日", "Leap day"), SiteDays.parse("leap|02-29|闰日|Leap day"));
    }

    @Test
    void aBadLineSaysWhatIsWrong() {
        assertEquals("expected key|MM-DD|中文名|English name (4 parts separated by |), found 3 part(s)",
                assertThrows(IllegalArgumentException.class, () -> SiteDays.parse("founding|06-01|建站日")).getMessage());
        assertEquals("the key must be 1 to 40 lower-case letters, digits and dashes: Founding",
                assertThrows(IllegalArgumentException.class, () -> SiteDays.parse("Founding|06-01|建站日|Founding Day")).getMessage());
        assertEquals("the day must be MM-DD, such as 09-10: 6-1",
                assertThrows(IllegalArgumentException.class, () -> SiteDays.parse("founding|6-1|建站日|Founding Day")).getMessage());
        assertEquals("no such day: 02-30",
                assertThrows(IllegalArgumentException.class, () -> SiteDays.parse("founding|02-30|建站日|Founding Day")).getMessage());
        assertEquals("both the Chinese and the English name are needed",
                assertThrows(IllegalArgumentException.class, () -> SiteDays.parse("founding|06-01| |Founding Day")).getMessage());
    }

    @Test
    void badLinesAreLeftOutAndTheOthersKept() {
        SiteDays.Parsed parsed = SiteDays.parse(List.of("founding|06-01|建站日|Founding Day", "nonsense", "",
                "founding|07-01|又一个|Another", "teachers-day|09-10|教师节|Teachers' Day"));
        assertEquals(List.of(new SiteDay("founding", MonthDay.of(6, 1), "建站日", "Founding Day"),
                new SiteDay("teachers-day", MonthDay.of(9, 10), "教师节", "Teachers' Day")), parsed.days());
        assertEquals(List.of(
                "site-days: \"nonsense\" refused: expected key|MM-DD|中文名|English name (4 parts separated by |), found 1 part(s)",
                "site-days: \"founding|07-01|又一个|Another\" refused: the key founding is used by an earlier line"), parsed.refused());
    }
}
