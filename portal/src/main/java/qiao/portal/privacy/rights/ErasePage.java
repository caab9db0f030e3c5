package qiao.portal.privacy.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.Caller;
import qiao.portal.web.Cookies;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** A signed-in person erases their own account: their password once more, and a tick that they understand. */
@Path("profile/erase")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ErasePage {

    @Inject
    AccountErasure erasure;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View form() {
        caller.require();
        return View.of("erase-account").with("errors", Map.of());
    }

    @POST
    @Operation(hidden = true)
    public Response erase(@FormParam("password") String password, @FormParam("understood") String understood) {
        caller.require();
        try {
            if (!"yes".equals(understood)) {
                throw InvalidInput.of("understood", "erase.understood.required");
            }
            erasure.mine(password, visitor.address());
        } catch (InvalidInput e) {
            return Response.status(400).entity(form().with("errors", Forms.messages(e.errors(), visitor))).build();
        } catch (Refusal e) {
            if (e.status() != 403) {
                throw e;
            }
            return Response.status(403).entity(form().with("errors",
                    Forms.message("password", visitor.text(e.detailKey())))).build();
        }
        return Response.seeOther(URI.create("/profile/erase/done"))
                .header(HttpHeaders.SET_COOKIE, Cookies.expired(Cookies.SESSION, visitor.secure())).build();
    }

    @GET
    @Path("done")
    @Operation(hidden = true)
    public View done() {
        return View.of("erased");
    }
}
