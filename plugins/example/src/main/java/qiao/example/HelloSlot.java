package qiao.example;

import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.SlotRequest;
import qiao.api.plugin.Slots;

/** A line under each question. It reads one record of its own storage: a slot has 250 ms, so nothing slow here. */
@Extension
public class HelloSlot implements PageSlot {

    @Override
    public Set<String> slots() {
        return Set.of(Slots.THREAD_AFTER_QUESTION);
    }

    @Override
    public Optional<Fragment> render(SlotRequest request, PluginContext context) {
        if (request.threadId().isEmpty()) {
            return Optional.empty();
        }
        long replies = Replies.of(context, request.threadId().get());
        // Fragment.text escapes: whatever the admin typed as the greeting cannot become markup
        return Optional.of(Fragment.text(context.settings().text(HelloLifecycle.GREETING) + " · hello v" + context.version()
                + " · " + replies + " replies heard"));
    }
}
