package qiao.troublemaker;

import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.SlotRequest;
import qiao.api.plugin.Slots;

@Extension
public class TroubleSlot implements PageSlot {

    @Override
    public Set<String> slots() {
        return Set.of(Slots.BANNER);
    }

    @Override
    public Optional<Fragment> render(SlotRequest request, PluginContext context) throws Exception {
        return Trouble.make(context, () -> Optional.of(Fragment.text("troublemaker ok")));
    }
}
