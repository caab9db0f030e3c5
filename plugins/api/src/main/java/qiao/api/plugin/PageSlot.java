package qiao.api.plugin;

import java.util.Optional;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Puts a fragment into named places of every page ({@link Slots}). The portal calls it while it renders a page, with
 * a time box of {@value #TIME_BOX_MILLIS} ms: a fragment that is late, or a call that throws, is left out and the page
 * is shown without it. Keep it quick: read what you need from storage, not from far away.
 */
public interface PageSlot extends ExtensionPoint {

    long TIME_BOX_MILLIS = 250;

    /** The slots filled, from {@link Slots}. */
    Set<String> slots();

    /** The fragment for this page, or empty to leave the slot as it is. */
    Optional<Fragment> render(SlotRequest request, PluginContext context) throws Exception;
}
