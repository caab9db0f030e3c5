package qiao.example;

import java.util.Map;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;

/** {@code GET /p/hello/count}: the same figure as JSON, for scripts. */
@Extension
public class HelloCount implements Route {

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/count";
    }

    @Override
    public RouteResponse handle(RouteRequest request, PluginContext context) {
        return RouteResponse.json(Map.of("version", context.version(), "replies", Replies.total(context)));
    }
}
