package qiao.troublemaker;

import java.util.Set;
import org.pf4j.Extension;
import qiao.api.event.PortalEvent;
import qiao.api.event.ThreadEvent;
import qiao.api.event.ThreadStarted;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.PluginContext;
import qiao.api.storage.PluginStorage;

/**
 * Records every event it hears as {@code events/<0000000001…>} = its class's simple name (and thread), and
 * {@code events} = the count. Besides the modes of every extension, two of its own: {@code failing-listener} fails
 * every event, {@code flaky-listener} fails a new thread's event three times before it takes it.
 */
@Extension
public class TroubleListener implements EventListener {

    static final String EVENTS = "events/";
    private static final int FLAKY_FAILURES = 3;

    @Override
    public Set<Class<? extends PortalEvent>> events() {
        return Set.of(PortalEvent.class);
    }

    @Override
    public void on(PortalEvent event, PluginContext context) throws Exception {
        PluginStorage storage = context.storage();
        switch (context.settings().text(Trouble.MODE)) {
            case "failing-listener" -> throw new IllegalStateException("troublemaker: this listener fails on purpose");
            case "flaky-listener" -> {
                if (event instanceof ThreadStarted started) {
                    String key = "failures/" + started.threadId();
                    long failed = storage.get(key).map(Long::parseLong).orElse(0L);
                    if (failed < FLAKY_FAILURES) {
                        storage.put(key, Long.toString(failed + 1));
                        throw new IllegalStateException("troublemaker: a new thread's event fails " + FLAKY_FAILURES + " times");
                    }
                }
            }
            default -> {
            }
        }
        Trouble.make(context, () -> {
            long count = storage.get("events").map(Long::parseLong).orElse(0L) + 1;
            String heard = event.getClass().getSimpleName() + (event instanceof ThreadEvent thread ? " " + thread.threadId() : "");
            storage.put(EVENTS + String.format("%010d", count), heard);
            storage.put("events", Long.toString(count));
            return null;
        });
    }
}
