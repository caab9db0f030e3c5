package qiao.portal.privacy.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;

/** An admin erases someone's account from the admin users page, after a confirmation. */
@Path("admin/users/{id: [0-9]+}/erase")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminErasePage {

    @Inject
    AccountErasure erasure;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @GET
    @Operation(hidden = true)
    public View confirm(@PathParam("id") long id) {
        caller.require(Role.ADMIN);
        Author who = accounts.authors(List.of(id)).get(id);
        if (who == null) {
            throw Refusal.notFound();
        }
        return View.of("admin-erase").with("id", id).with("username", who.username()).with("displayName", who.displayName());
    }

    @POST
    @Operation(hidden = true)
    public Response erase(@PathParam("id") long id) {
        erasure.ofAccount(id);
        return Response.seeOther(URI.create("/admin/users?erased=" + id)).build();
    }
}
