package qiao.greetings;

import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.SlotRequest;
import qiao.api.plugin.Slots;

/** Today's greeting above every page, for the day it is where the viewer is, in the page's language. */
@Extension
public class GreetingBanner implements PageSlot {

    @Override
    public Set<String> slots() {
        return Set.of(Slots.BANNER);
    }

    @Override
    public Optional<Fragment> render(SlotRequest request, PluginContext context) {
        String language = GreetingsPlugin.language(request.viewer().language());
        Recipient recipient = GreetingsPlugin.recipient(request.viewer(), language, context);
        return GreetingsPlugin.banner(
                GreetingsPlugin.GREETINGS.of(recipient, context.clock().instant(), GreetingsPlugin.settings(context)), language);
    }
}
