package qiao.example;

import java.util.Map;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;

/** {@code GET /p/hello/}: a page of the plugin's own, drawn by templates/hello.peb inside the site's layout. */
@Extension
public class HelloPage implements Route {

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public RouteResponse handle(RouteRequest request, PluginContext context) {
        return RouteResponse.page("hello", Map.of(
                "greeting", context.settings().text(HelloLifecycle.GREETING),
                "version", context.version(),
                "replies", Replies.total(context),
                "heartbeat", context.storage().get(Heartbeat.KEY).orElse("")));
    }
}
