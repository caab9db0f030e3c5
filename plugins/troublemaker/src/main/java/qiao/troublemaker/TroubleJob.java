package qiao.troublemaker;

import java.time.Duration;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.Schedule;
import qiao.api.plugin.ScheduledJob;

@Extension
public class TroubleJob implements ScheduledJob {

    @Override
    public String name() {
        return "trouble";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(Duration.ofSeconds(1));
    }

    @Override
    public void run(PluginContext context) throws Exception {
        Trouble.make(context, () -> {
            context.storage().put("job", context.clock().instant().toString());
            return null;
        });
    }
}
