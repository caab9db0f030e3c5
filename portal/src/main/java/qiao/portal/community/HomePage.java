package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.View;

/** The front page: the welcome and the boards the visitor may read. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    BoardService boards;

    @Inject
    AnnouncementService announcements;

    @GET
    @Operation(hidden = true)
    public View home(@QueryParam("welcome") String welcome) {
        return View.of("home").with("welcome", welcome != null).with("boards", boards.visible())
                .with("pinned", announcements.pinnedGlobally());
    }
}
