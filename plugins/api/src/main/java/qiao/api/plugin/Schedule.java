package qiao.api.plugin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * When a {@link ScheduledJob} runs: every so often, counted from the end of the previous run, or at the minutes a
 * cron expression names in a time zone.
 *
 * <pre>{@code
 * Schedule.every(Duration.ofMinutes(5))
 * Schedule.cron("30 3 * * *", ZoneId.of("Asia/Shanghai"))   // 03:30 every night, Beijing time
 * Schedule.cron("0 9 * * MON-FRI")                           // 09:00 UTC on weekdays
 * }</pre>
 *
 * A cron expression has five fields: minute (0–59), hour (0–23), day of month (1–31), month (1–12 or JAN–DEC) and day of
 * week (0–7 or SUN–SAT, 0 and 7 both Sunday). A field is {@code *}, a number, a range {@code a-b}, a list
 * {@code a,b,c}, or any of those with a step (<code>*&#47;15</code>, <code>8-18/2</code>). When both day fields are restricted, a
 * day matching either runs, as in Unix cron. {@code @hourly}, {@code @daily}, {@code @weekly}, {@code @monthly} and
 * {@code @yearly} stand for the usual expressions.
 */
public final class Schedule {

    /** The shortest interval. */
    public static final Duration SHORTEST = Duration.ofSeconds(1);

    private final Duration interval;
    private final Cron cron;
    private final ZoneId zone;

    private Schedule(Duration interval, Cron cron, ZoneId zone) {
        this.interval = interval;
        this.cron = cron;
        this.zone = zone;
    }

    /**
     * Runs once at once, then {@code interval} after the end of each run.
     *
     * @throws IllegalArgumentException for an interval shorter than a second
     */
    public static Schedule every(Duration interval) {
        if (interval == null || interval.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("a job runs at most once a second: " + interval);
        }
        return new Schedule(interval, null, null);
    }

    /**
     * Runs at the times the expression names, in UTC.
     *
     * @throws IllegalArgumentException for an expression that is not valid or never matches, saying why
     */
    public static Schedule cron(String expression) {
        return cron(expression, ZoneOffset.UTC);
    }

    /**
     * Runs at the times the expression names, in the zone: a time that a change to summer time skips runs at the
     * first minute after the gap, and a time that occurs twice runs once.
     *
     * @throws IllegalArgumentException for an expression that is not valid or never matches, saying why
     */
    public static Schedule cron(String expression, ZoneId zone) {
        if (zone == null) {
            throw new IllegalArgumentException("a cron schedule needs a time zone");
        }
        return new Schedule(null, Cron.parse(expression), zone);
    }

    /** When a job the site has not run yet first runs: at once for an interval, the first matching time for a cron. */
    public Instant first(Instant now) {
        return cron == null ? now : next(now);
    }

    /** When the job runs next after a run that ended at {@code end}. */
    public Instant next(Instant end) {
        return cron == null ? end.plus(interval) : cron.next(end.atZone(zone)).toInstant();
    }

    /** As admins see it: {@code every PT5M} or {@code cron 30 3 * * * Asia/Shanghai}. */
    @Override
    public String toString() {
        return cron == null ? "every " + interval : "cron " + cron + " " + zone.getId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
