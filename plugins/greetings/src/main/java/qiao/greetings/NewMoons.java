package qiao.greetings;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The moments of new moon, to within seconds, by Jean Meeus's method (Astronomical Algorithms, 2nd ed., ch. 49)
 * with ΔT by Espenak and Meeus. ICU's own moon is minutes off: enough to put 春节 2027 (new moon at 23:56 in
 * Beijing on 6 February) and 2030 (00:07 on 3 February) on the wrong day.
 */
final class NewMoons {

    /** Julian ephemeris day of the new moon numbered 0, 6 January 2000. */
    private static final double FIRST = 2_451_550.097_66;
    private static final double SYNODIC_MONTH = 29.530_588_861;
    private static final double CHINA_HOURS = 8;

    private NewMoons() {
    }

    /** The number of the new moon nearest a day. */
    static long nearest(LocalDate day) {
        return Math.round((day.getLong(JulianFields.JULIAN_DAY) - FIRST) / SYNODIC_MONTH);
    }

    /** The day, in China, of new moon number {@code k}. */
    static LocalDate dayInChina(long k) {
        double universal = julianEphemerisDay(k) - deltaT(k) / 86_400;
        long day = (long) Math.floor(universal + CHINA_HOURS / 24 + 0.5);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, day);
    }

    static double julianEphemerisDay(long k) {
        double t = k / 1236.85;
        double jde = FIRST + SYNODIC_MONTH * k + 0.000_154_37 * t * t - 0.000_000_150 * t * t * t + 0.000_000_000_73 * t * t * t * t;
        double e = 1 - 0.002_516 * t - 0.000_007_4 * t * t;
        double m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t * t - 0.000_000_11 * t * t * t);
        double mm = rad(201.5643 + 385.816_935_28 * k + 0.010_758_2 * t * t + 0.000_012_38 * t * t * t - 0.000_000_058 * t * t * t * t);
        double f = rad(160.7108 + 390.670_502_84 * k - 0.001_611_8 * t * t - 0.000_002_27 * t * t * t + 0.000_000_011 * t * t * t * t);
        double omega = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t * t + 0.000_002_15 * t * t * t);
        jde += -0.40720 * Math.sin(mm)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mm)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mm - m)
                - 0.00514 * e * Math.sin(mm + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mm - 2 * f)
                - 0.00057 * Math.sin(mm + 2 * f)
                + 0.00056 * e * Math.sin(2 * mm + m)
                - 0.00042 * Math.sin(3 * mm)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mm - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mm + 2 * m)
                + 0.00004 * Math.sin(2 * mm - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mm + m - 2 * f)
                + 0.00003 * Math.sin(2 * mm + 2 * f)
                - 0.00003 * Math.sin(mm + m + 2 * f)
                + 0.00003 * Math.sin(mm - m + 2 * f)
                - 0.00002 * Math.sin(mm - m - 2 * f)
                - 0.00002 * Math.sin(3 * mm + m)
                + 0.00002 * Math.sin(4 * mm);
        double[][] planets = {
            {299.77, 0.107_408, 0.000_325}, {251.88, 0.016_321, 0.000_165}, {251.83, 26.651_886, 0.000_164},
            {349.42, 36.412_478, 0.000_126}, {84.66, 18.206_239, 0.000_110}, {141.74, 53.303_771, 0.000_062},
            {207.14, 2.453_732, 0.000_060}, {154.84, 7.306_860, 0.000_056}, {34.52, 27.261_239, 0.000_047},
            {207.19, 0.121_824, 0.000_042}, {291.34, 1.844_379, 0.000_040}, {161.72, 24.198_154, 0.000_037},
            {239.56, 25.513_099, 0.000_035}, {331.55, 3.592_518, 0.000_023}};
        for (int i = 0; i < planets.length; i++) {
            double argument = planets[i][0] + planets[i][1] * k - (i == 0 ? 0.009_173 * t * t : 0);
            jde += planets[i][2] * Math.sin(rad(argument));
        }
        return jde;
    }

    /** Terrestrial minus universal time, in seconds, for the year of new moon {@code k} (1900–2150). */
    static double deltaT(long k) {
        double y = 2000 + (FIRST + SYNODIC_MONTH * k - 2_451_545.0) / 365.25;
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494_119 * t - 0.059_893_9 * t * t + 0.006_196_6 * t * t * t - 0.000_197 * t * t * t * t;
        } else if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.844_93 * t - 0.076_100 * t * t + 0.002_093_6 * t * t * t;
        } else if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060_374 * t * t + 0.001_727_5 * t * t * t + 0.000_651_814 * t * t * t * t
                    + 0.000_023_735_99 * t * t * t * t * t;
        } else if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.322_17 * t + 0.005_589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
