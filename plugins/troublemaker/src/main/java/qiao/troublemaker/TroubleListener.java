package qiao.troublemaker;

import java.util.Set;
import org.pf4j.Extension;
import qiao.api.event.PortalEvent;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.PluginContext;

/** Records every event it hears as {@code events/<0000000001…>} = its class's simple name, and {@code events} = the count. */
@Extension
public class TroubleListener implements EventListener {

    @Override
    public Set<Class<? extends PortalEvent>> events() {
        return Set.of(PortalEvent.class);
    }

    @Override
    public void on(PortalEvent event, PluginContext context) throws Exception {
        Trouble.make(context, () -> {
            long count = context.storage().get("events").map(Long::parseLong).orElse(0L) + 1;
            context.storage().put("events/" + String.format("%010d", count), event.getClass().getSimpleName());
            context.storage().put("events", Long.toString(count));
            return null;
        });
    }
}
