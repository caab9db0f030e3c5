package qiao.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.View;

/** Admin: the search index (engine, documents, outbox lag, last error), a rebuild with its progress, and self-service. */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SearchAdminPage {

    static final int STATS_DAYS = 30;

    @Inject
    SearchAdmin admin;

    @Inject
    Deflections deflections;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public View status() {
        SearchStatus status = admin.status();
        return View.of("admin-search").with("status", status).with("lag", status.lagSeconds(clock.instant()))
                .with("selfService", deflections.stats(STATS_DAYS));
    }

    @POST
    @Path("reindex")
    @Operation(hidden = true)
    public Response reindex() {
        admin.startRebuild();
        return Response.seeOther(URI.create("/admin/search")).build();
    }
}
