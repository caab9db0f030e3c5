package qiao.greetings;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * A birthday as its owner gave it: a Gregorian month and day, or a lunar one (possibly of a leap month). Only the
 * owner's own greeting uses it; it is never shown to anyone else.
 */
public record Birthday(int month, int day, boolean lunar, boolean leapMonth) {

    public Birthday {
        if (lunar ? month < 1 || month > 12 || day < 1 || day > 30 : !validGregorian(month, day)) {
            throw new IllegalArgumentException("no such birthday: " + month + "-" + day);
        }
        if (leapMonth && !lunar) {
            throw new IllegalArgumentException("only a lunar birthday can be in a leap month");
        }
    }

    public static Birthday gregorian(int month, int day) {
        return new Birthday(month, day, false, false);
    }

    public static Birthday lunar(int month, int day, boolean leapMonth) {
        return new Birthday(month, day, true, leapMonth);
    }

    /**
     * The day it is kept in a Gregorian year: 29 February on the 28th in common years; a lunar birthday in the lunar
     * year that begins in that year, on the month's last day when it is shorter, in the ordinary month when the
     * year lacks the leap month.
     */
    public LocalDate in(int year) {
        if (lunar) {
            return ChineseDates.lunar(year, month, day, leapMonth);
        }
        return MonthDay.of(month, day).atYear(year);
    }

    private static boolean validGregorian(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }
}
