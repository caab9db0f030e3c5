package qiao.example;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.Schedule;
import qiao.api.plugin.ScheduledJob;

/** At 03:30 Beijing time every night, notes the replies heard so far: a cron job keeping a JSON document per day. */
@Extension
public class NightlyTally implements ScheduledJob {

    static final String PREFIX = "tally/";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Override
    public String name() {
        return "nightly-tally";
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron("30 3 * * *", BEIJING);
    }

    @Override
    public void run(PluginContext context) {
        LocalDate day = LocalDate.ofInstant(context.clock().instant(), BEIJING);
        context.storage().putDocument(PREFIX + day, Map.of("replies", Replies.total(context), "at", context.clock().instant().toString()));
    }
}
