package qiao.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.web.Cookies;
import qiao.portal.web.CsrfFilter;
import qiao.portal.web.Forms;
import qiao.portal.web.Refusal;
import qiao.portal.web.SafeRedirects;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/**
 * Plugins' own pages and JSON under {@code /p/<plugin>/…}, after the portal's sign-in, CSRF and the route's access
 * rule; a plugin that is not running here has no routes (404). Also the close button of dismissible fragments and the
 * files of the plugin's {@code static/} folder.
 */
@Path("p/{pluginId}")
@RequestScoped
public class PluginRoutes {

    private static final Duration TIME_BOX = Duration.ofMillis(Route.TIME_BOX_MILLIS);
    private static final int DISMISSED_KEPT = 30;

    @Inject
    PluginHost host;

    @Inject
    PluginCalls calls;

    @Inject
    Viewers viewers;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Inject
    PluginSlots slots;

    @Inject
    PluginData data;

    @Context
    UriInfo uri;

    @Inject
    HttpServletRequest servletRequest;

    @GET
    @Operation(hidden = true)
    public Response getRoot(@PathParam("pluginId") String pluginId) {
        return route("GET", pluginId, "", Map.of());
    }

    @GET
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response get(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return route("GET", pluginId, path, Map.of());
    }

    /** A file of the plugin's {@code static/} folder, cached until the plugin's file changes. */
    @GET
    @Path("_static/{path: .+}")
    @Operation(hidden = true)
    public Response staticFile(@PathParam("pluginId") String pluginId, @PathParam("path") String path, @Context Request request) {
        LoadedPlugin plugin = host.running(pluginId).orElseThrow(Refusal::notFound);
        URL file = PluginStaticFiles.find(plugin, path).orElseThrow(Refusal::notFound);
        EntityTag tag = new EntityTag(plugin.sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        try (InputStream in = file.openStream()) {
            return Response.ok(in.readAllBytes(), PluginStaticFiles.type(path).orElseThrow()).tag(tag).cacheControl(cache).build();
        } catch (IOException unreadable) {
            throw Refusal.notFound();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response postRoot(@PathParam("pluginId") String pluginId) {
        return post(pluginId, "");
    }

    @POST
    @Path("{path: .*}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response post(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        Map<String, List<String>> fields = Forms.fields(servletRequest);
        // the container's parse puts the query's values first: a route's form is the body's alone
        uri.getQueryParameters().forEach((name, inQuery) -> fields.computeIfPresent(name, (n, all) -> all.size() > inQuery.size()
                ? List.copyOf(all.subList(inQuery.size(), all.size())) : null));
        fields.remove(CsrfFilter.FIELD);
        return route("POST", pluginId, path, fields);
    }

    @POST
    @Path("_dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response dismiss(@PathParam("pluginId") String pluginId, @FormParam("key") String key, @FormParam("back") String back) {
        host.running(pluginId).orElseThrow(Refusal::notFound);
        if (key == null || !key.matches("[a-z0-9][a-z0-9./_-]{0,99}")) {
            throw Refusal.notFound();
        }
        Response.ResponseBuilder answer = Response.seeOther(SafeRedirects.local(back));
        if (caller.signedIn()) {
            data.put(pluginId, caller.require().id(), PluginSlots.DISMISSED_PREFIX + key, "1");
        } else {
            List<String> kept = PluginSlots.keep(List.copyOf(slots.visitorDismissed()), pluginId + ":" + key, DISMISSED_KEPT);
            answer.header("Set-Cookie", Cookies.of(PluginSlots.DISMISSED_COOKIE, String.join("|", kept), Duration.ofDays(365),
                    visitor.secure()));
        }
        return answer.build();
    }

    private Response route(String method, String pluginId, String path, Map<String, List<String>> form) {
        LoadedPlugin plugin = host.running(pluginId).orElseThrow(Refusal::notFound);
        String wanted = "/" + path;
        for (LoadedPlugin.Answering answering : plugin.answering) {
            Route route = answering.route();
            Optional<Map<String, String>> params = match(answering.path(), wanted);
            if (answering.method().equalsIgnoreCase(method) && params.isPresent()) {
                allow(answering.access());
                Map<String, List<String>> query = new HashMap<>(uri.getQueryParameters());
                RouteRequest request = new RouteRequest(method, wanted, params.get(), query, form, viewers.current());
                RouteResponse response;
                try {
                    response = calls.call(plugin, "route " + method + " " + answering.path(), TIME_BOX, () -> route.handle(request, plugin.context));
                } catch (PluginCallFailed failed) {
                    throw Refusal.unavailable(Duration.ofSeconds(5), "plugins.route.failed", pluginId);
                }
                return answer(plugin, response);
            }
        }
        throw Refusal.notFound();
    }

    private void allow(Route.Access access) {
        switch (access) {
            case EVERYONE -> {
            }
            case SIGNED_IN -> caller.require();
            case STAFF -> {
                if (!caller.require().isStaff()) {
                    throw Refusal.forbidden();
                }
            }
            case ADMIN -> caller.require(Role.ADMIN);
        }
    }

    private Response answer(LoadedPlugin plugin, RouteResponse response) {
        return switch (response) {
            case null -> throw Refusal.notFound();
            case RouteResponse.Page page -> {
                View view = View.of(page.template()).from(new PluginTemplates(plugin)).with(PluginTemplates.SLOTS_VARIABLE, slots)
                        .with("plugin", plugin.id);
                page.model().forEach(view::with);
                yield Response.ok(view, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }
            case RouteResponse.Json json -> Response.status(json.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(PluginEventQueue.JSON.toJson(json.body())).build();
            case RouteResponse.Redirect redirect -> Response.seeOther(SafeRedirects.local(redirect.path())).build();
            case RouteResponse.Status status -> throw new Refusal(status.status(), titleKey(status.status()), "plugins.route.refused",
                    status.message());
        };
    }

    private static String titleKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 409, 429, 503 -> "error." + status + ".title";
            default -> status >= 500 ? "error.500.title" : "error.400.title";
        };
    }

    /** The route's {@code {name}} segments' values if the path matches it. */
    static Optional<Map<String, String>> match(String pattern, String path) {
        List<String> want = Arrays.asList(trim(pattern).split("/", -1));
        List<String> got = Arrays.asList(trim(path).split("/", -1));
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (w.startsWith("{") && w.endsWith("}") && !got.get(i).isEmpty()) {
                params.put(w.substring(1, w.length() - 1), got.get(i));
            } else if (!w.equals(got.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static String trim(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
