package qiao.api.plugin;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work done on a {@link Schedule}, once per cluster: before each run a node takes a lease in the database for the
 * job, so two nodes never run it at once and a run never overlaps the previous one. A run that throws is logged and
 * counted, and the job runs again at its next time. When an admin changes the plugin's settings, enables or upgrades
 * it, an interval job runs at once and a cron job at its next time.
 */
public interface ScheduledJob extends ExtensionPoint {

    /** Names the job among the plugin's: lower-case letters, digits and dashes. */
    String name();

    /** When it runs; asked once, when the plugin starts. Since SDK 1.1; a job written for 1.0 gives {@link #every()}. */
    default Schedule schedule() {
        Duration interval = every();
        return Schedule.every(interval == null || interval.compareTo(Schedule.SHORTEST) < 0 ? Schedule.SHORTEST : interval);
    }

    /** SDK 1.0's interval (shorter than a second counts as a second); {@link #schedule()} replaces it. */
    @Deprecated(since = "1.1.0")
    default Duration every() {
        throw new IllegalStateException("the job " + name() + " gives neither schedule() nor every()");
    }

    void run(PluginContext context) throws Exception;
}
