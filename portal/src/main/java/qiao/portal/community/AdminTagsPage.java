package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** Admin: every tag with its use, and a form to keep (manage) one. */
@Path("admin/tags")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminTagsPage {

    @Inject
    TagService tags;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View show() {
        caller.require(Role.ADMIN);
        return view(Map.of(), Map.of());
    }

    @POST
    @Operation(hidden = true)
    public Response keep(@FormParam("tags") String name, @FormParam("description") String description,
            @FormParam("staffOnly") String staffOnly) {
        caller.require(Role.ADMIN);
        try {
            tags.manage(name, description, "yes".equals(staffOnly));
            return Response.seeOther(URI.create("/admin/tags")).build();
        } catch (InvalidInput e) {
            Map<String, String> typed = Map.of("tags", name == null ? "" : name,
                    "description", description == null ? "" : description, "staffOnly", "yes".equals(staffOnly) ? "yes" : "");
            return Response.status(400).entity(view(typed, Forms.messages(e.errors(), visitor))).build();
        }
    }

    @POST
    @Path("delete")
    @Operation(hidden = true)
    public Response delete(@FormParam("name") String name) {
        tags.delete(name == null ? "" : name);
        return Response.seeOther(URI.create("/admin/tags")).build();
    }

    private View view(Map<String, String> form, Map<String, List<String>> errors) {
        return View.of("admin-tags").with("tags", tags.all()).with("form", form).with("errors", errors);
    }
}
