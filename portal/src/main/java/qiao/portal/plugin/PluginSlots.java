package qiao.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qiao.api.html.SafeHtml;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.SlotRequest;
import qiao.api.plugin.Slots;
import qiao.portal.web.CsrfFilter;
import qiao.portal.web.PageGlobals;
import qiao.portal.web.PageSlots;
import qiao.portal.web.Visitor;

/**
 * Fills a page's slots from the running plugins, each call within the slot time box: what fails or is late is left
 * out. A dismissible fragment gets a close button (a form to {@code /p/<plugin>/_dismiss}) and is left out once the
 * viewer closed it: remembered in the plugin's records of the person, or for a visitor in a cookie. The head slot's
 * fragments go in as they are, without a wrapper.
 */
@RequestScoped
class PluginSlots implements PageSlots, PageGlobals {

    static final String DISMISSED_COOKIE = "qiao_dismissed";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PluginSlots.class.getName());
    static final String DISMISSED_PREFIX = "_dismissed/";
    private static final java.time.Duration TIME_BOX = java.time.Duration.ofMillis(PageSlot.TIME_BOX_MILLIS);

    @Inject
    PluginHost host;

    @Inject
    PluginCalls calls;

    @Inject
    PluginData data;

    @Inject
    Viewers viewers;

    @Inject
    Visitor visitor;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Map<String, Object> globals() {
        return Map.of(PageSlots.VARIABLE, this);
    }

    @Override
    public String render(String slot, Long subject) {
        if (!Slots.ALL.contains(slot)) {
            return "";
        }
        try {
            return fill(slot, subject);
        } catch (RuntimeException unavailable) {
            // the portal's own part failed (the database is away, say): the page, an error page above all, goes on
            LOG.fine(() -> "Slot " + slot + " left empty: " + unavailable);
            return "";
        }
    }

    private String fill(String slot, Long subject) {
        StringBuilder html = new StringBuilder();
        for (LoadedPlugin plugin : host.running()) {
            for (LoadedPlugin.Filling filling : plugin.filling) {
                PageSlot extension = filling.slot();
                if (filling.places().contains(slot)) {
                    SlotRequest slotRequest = new SlotRequest(slot, viewers.current(), request.getRequestURI(),
                            slot.startsWith("thread.") ? Optional.ofNullable(subject) : Optional.empty(),
                            slot.equals(Slots.PROFILE) ? Optional.ofNullable(subject) : Optional.empty());
                    try {
                        calls.call(plugin, "slot " + slot, TIME_BOX, () -> fitting(slot, extension.render(slotRequest, plugin.context)))
                                .ifPresent(fragment -> html.append(slot.equals(Slots.HEAD) ? fragment.html().toString()
                                        : fragment(plugin, slot, fragment)));
                    } catch (PluginCallFailed leftOut) {
                        // counted; the page goes on without it
                    }
                }
            }
        }
        return html.toString();
    }

    /** The page's head has room for metas and stylesheets only: anything else there is the plugin's mistake, counted. */
    static Optional<Fragment> fitting(String slot, Optional<Fragment> fragment) {
        if (slot.equals(Slots.HEAD) && fragment.isPresent() && (!fragment.get().html().headOnly() || fragment.get().dismissKey().isPresent())) {
            throw new IllegalArgumentException("the head slot takes SafeHtml.meta and SafeHtml.stylesheet only, and cannot be dismissed");
        }
        return fragment;
    }

    /** A fragment in its wrapper, with its close button; empty if the viewer closed it. */
    String fragment(LoadedPlugin plugin, String slot, Fragment fragment) {
        if (fragment.dismissKey().isPresent() && dismissed(plugin.id, fragment.dismissKey().get())) {
            return "";
        }
        SafeHtml.Element box = SafeHtml.element("div").attr("class", "plugin-slot plugin-" + plugin.id + " slot-" + slot.replace('.', '-'))
                .attr("data-plugin", plugin.id).child(fragment.html());
        String close = fragment.dismissKey().map(key -> closeForm(plugin.id, key)).orElse("");
        String boxed = box.build().toString();
        return close.isEmpty() ? boxed : boxed.substring(0, boxed.length() - "</div>".length()) + close + "</div>";
    }

    private String closeForm(String pluginId, String key) {
        return "<form method=\"post\" action=\"/p/" + pluginId + "/_dismiss\" class=\"dismiss\">"
                + "<input type=\"hidden\" name=\"" + CsrfFilter.FIELD + "\" value=\"" + escape(visitor.csrfToken()) + "\">"
                + "<input type=\"hidden\" name=\"key\" value=\"" + escape(key) + "\">"
                + "<input type=\"hidden\" name=\"back\" value=\"" + escape(backPath()) + "\">"
                + "<button type=\"submit\" class=\"dismiss-button\" aria-label=\"" + escape(visitor.text("plugins.dismiss.label"))
                + "\">" + escape(visitor.text("plugins.dismiss")) + "</button></form>";
    }

    private String backPath() {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    boolean dismissed(String pluginId, String key) {
        var viewer = viewers.current();
        if (viewer.accountId().isPresent()) {
            return data.get(pluginId, viewer.accountId().get(), DISMISSED_PREFIX + key).isPresent();
        }
        return visitorDismissed().contains(pluginId + ":" + key);
    }

    Set<String> visitorDismissed() {
        return visitor.cookie(DISMISSED_COOKIE).map(v -> Arrays.stream(v.split("\\|")).collect(Collectors.toSet())).orElse(Set.of());
    }

    static List<String> keep(List<String> entries, String added, int most) {
        List<String> kept = new ArrayList<>(entries);
        kept.remove(added);
        kept.add(added);
        return kept.subList(Math.max(0, kept.size() - most), kept.size());
    }

    private static String escape(String text) {
        return SafeHtml.text(text).toString();
    }
}
