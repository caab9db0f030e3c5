package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.Cookies;
import qiao.portal.web.SafeRedirects;
import qiao.portal.web.Visitor;

/** "Dismiss" on the banner: remembered in a cookie, so it works for visitors who are not signed in. */
@Path("banner/{id: [0-9]+}/dismiss")
@RequestScoped
public class BannerResource {

    @Inject
    Visitor visitor;

    @POST
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") long id, @FormParam("back") String back) {
        return Response.seeOther(SafeRedirects.local(back))
                .header(HttpHeaders.SET_COOKIE, Cookies.of(SiteBanner.DISMISSED_COOKIE, String.valueOf(id),
                        Duration.ofDays(365), visitor.secure()))
                .build();
    }
}
