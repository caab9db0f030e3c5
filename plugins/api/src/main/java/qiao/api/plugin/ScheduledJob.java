package qiao.api.plugin;

import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work done every so often, once per cluster: before each run a node takes a lease in the database for the job, so
 * two nodes never run it at once and a run never overlaps the previous one. A run that throws is logged and counted,
 * and the job runs again at its next time.
 */
public interface ScheduledJob extends ExtensionPoint {

    /** Names the job among the plugin's: lower-case letters, digits and dashes. */
    String name();

    /** How long after the end of one run the next starts (at least a second). */
    Duration every();

    void run(PluginContext context) throws Exception;
}
