package qiao.troublemaker;

import java.util.List;
import java.util.Map;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;

@Extension
public class TroubleRoute implements Route {

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public RouteResponse handle(RouteRequest request, PluginContext context) throws Exception {
        return Trouble.make(context, () -> RouteResponse.json(Map.of("ok", true,
                "events", List.copyOf(context.storage().list(TroubleListener.EVENTS, 1000).values()))));
    }
}
