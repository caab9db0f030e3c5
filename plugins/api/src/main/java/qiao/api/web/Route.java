package qiao.api.web;

import org.pf4j.ExtensionPoint;
import qiao.api.plugin.PluginContext;

/**
 * A page or API of the plugin's own at {@code /p/{pluginId}{path}}. The portal has already authenticated the caller
 * (session cookie or bearer token, as everywhere), checked the {@link #access}, and checked the CSRF token of every
 * POST from a browser. A call is time-boxed ({@value #TIME_BOX_MILLIS} ms); a route that throws or is late answers
 * 503 and counts as a failure of the plugin.
 */
public interface Route extends ExtensionPoint {

    long TIME_BOX_MILLIS = 5_000;

    /** Who may call the route. */
    enum Access {
        EVERYONE, SIGNED_IN, STAFF, ADMIN
    }

    /** {@code GET} or {@code POST}. */
    String method();

    /** The path under the plugin's: {@code /} or segments such as {@code /preview}; a segment {@code {name}} matches any one. */
    String path();

    default Access access() {
        return Access.EVERYONE;
    }

    RouteResponse handle(RouteRequest request, PluginContext context) throws Exception;
}
