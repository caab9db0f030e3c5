package qiao.example;

import java.time.Duration;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.Schedule;
import qiao.api.plugin.ScheduledJob;

/** Notes when it last ran. The site's clock, not the system's: the portal's tests move it. */
@Extension
public class Heartbeat implements ScheduledJob {

    static final String KEY = "heartbeat";

    @Override
    public String name() {
        return "heartbeat";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofMinutes(1));
    }

    @Override
    public void run(PluginContext context) {
        context.storage().put(KEY, context.clock().instant().toString());
    }
}
