package qiao.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import qiao.api.html.SafeHtml;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.Slots;

class PluginSlotsTest {

    private static final Fragment STYLESHEET = Fragment.of(SafeHtml.stylesheet("/p/hello/_static/hello.css"));

    @Test
    void theHeadTakesMetasAndStylesheets() {
        assertEquals(Optional.of(STYLESHEET), PluginSlots.fitting(Slots.HEAD, Optional.of(STYLESHEET)));
        assertEquals(Optional.empty(), PluginSlots.fitting(Slots.HEAD, Optional.empty()));
    }

    @Test
    void anythingElseInTheHeadIsThePluginsMistake() {
        assertThrows(IllegalArgumentException.class, () -> PluginSlots.fitting(Slots.HEAD, Optional.of(Fragment.text("hi"))));
        assertThrows(IllegalArgumentException.class, () -> PluginSlots.fitting(Slots.HEAD,
                Optional.of(Fragment.of(SafeHtml.of(List.of(SafeHtml.meta("description", "x"), SafeHtml.element("p").text("x").build()))))));
        assertThrows(IllegalArgumentException.class, () -> PluginSlots.fitting(Slots.HEAD,
                Optional.of(Fragment.dismissible("k", SafeHtml.meta("description", "x")))));
    }

    @Test
    void otherSlotsTakeAnyFragment() {
        Fragment text = Fragment.text("hi");
        assertEquals(Optional.of(text), PluginSlots.fitting(Slots.BANNER, Optional.of(text)));
        assertEquals(Optional.of(STYLESHEET), PluginSlots.fitting(Slots.BANNER, Optional.of(STYLESHEET)));
    }
}
