package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthdayTest {

    @Test
    void the29thOfFebruaryIsKeptOnThe28thInCommonYears() {
        assertEquals(LocalDate.of(2027, 2, 28), Birthday.gregorian(2, 29).in(2027));
        assertEquals(LocalDate.of(2028, 2, 29), Birthday.gregorian(2, 29).in(2028));
        assertEquals(LocalDate.of(2026, 12, 2), Birthday.gregorian(12, 2).in(2026));
    }

    @Test
    void aLunarBirthdayMovesWithTheLunarYear() {
        assertEquals(LocalDate.of(2026, 9, 25), Birthday.lunar(8, 15, false).in(2026));
        assertEquals(LocalDate.of(2027, 9, 15), Birthday.lunar(8, 15, false).in(2027));
    }

    @Test
    void aLeapMonthBirthdayIsKeptInTheOrdinaryMonthOfYearsWithoutThatLeapMonth() {
        assertEquals(Birthday.lunar(6, 10, false).in(2026), Birthday.lunar(6, 10, true).in(2026));
    }

    @Test
    void theThirtiethOfAShortMonthIsItsLastDay() {
        int shortMonths = 0;
        int longMonths = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate twentyNinth = Birthday.lunar(month, 29, false).in(2026);
            LocalDate thirtieth = Birthday.lunar(month, 30, false).in(2026);
            assertTrue(thirtieth.equals(twentyNinth) || thirtieth.equals(twentyNinth.plusDays(1)), month + ": " + thirtieth);
            if (thirtieth.equals(twentyNinth)) {
                shortMonths++;
            } else {
                longMonths++;
                assertEquals(Birthday.lunar(month, 1, false).in(2026).plusDays(29), thirtieth);
            }
        }
        assertTrue(shortMonths > 0 && longMonths > 0, "a lunar year has months of 29 and of 30 days");
    }

    @Test
    void impossibleBirthdaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Birthday.gregorian(2, 30));
        assertThrows(IllegalArgumentException.class, () -> Birthday.lunar(13, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Birthday(3, 1, false, true));
    }
}
