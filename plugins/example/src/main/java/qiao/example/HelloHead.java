package qiao.example;

import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import qiao.api.html.SafeHtml;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.SlotRequest;
import qiao.api.plugin.Slots;

/** The plugin's stylesheet (static/hello.css in its jar) in the head of its own pages. */
@Extension
public class HelloHead implements PageSlot {

    @Override
    public Set<String> slots() {
        return Set.of(Slots.HEAD);
    }

    @Override
    public Optional<Fragment> render(SlotRequest request, PluginContext context) {
        String own = "/p/" + context.pluginId();
        if (!request.path().equals(own) && !request.path().startsWith(own + "/")) {
            return Optional.empty();
        }
        return Optional.of(Fragment.of(SafeHtml.stylesheet(own + "/_static/hello.css")));
    }
}
