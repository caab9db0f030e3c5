package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.View;

/** The front page: the site's welcome (and, once boards exist, the boards). */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @GET
    @Operation(hidden = true)
    public View home(@QueryParam("welcome") String welcome) {
        return View.of("home").with("welcome", welcome != null);
    }
}
