package qiao.portal.community;

import qiao.portal.identity.Access;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.Author;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** Admin: the boards, and a form to add one. */
@Path("admin/boards")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminBoardsPage {

    @Inject
    BoardService boards;

    @Inject
    BoardModerators moderators;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View show() {
        caller.require(Role.ADMIN);
        return view(Map.of("read", "EVERYONE", "start", "SIGNED_IN", "reply", "SIGNED_IN", "colour", "#0b57d0",
                "freeTags", "yes"), Map.of());
    }

    @POST
    @Operation(hidden = true)
    public Response create(@FormParam("slug") String slug, @BeanParam Fields fields) {
        caller.require(Role.ADMIN);
        BoardForm form = fields.form(slug);
        try {
            boards.create(form);
            return Response.seeOther(URI.create("/admin/boards")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(typed(form), Forms.messages(e.errors(), visitor))).build();
        } catch (Refusal e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(view(typed(form), Forms.message("slug", visitor.text(e.detailKey())))).build();
        }
    }

    @GET
    @Path("{slug}")
    @Operation(hidden = true)
    public View editor(@PathParam("slug") String slug) {
        caller.require(Role.ADMIN);
        Board b = boards.all().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow(Refusal::notFound);
        String moderatorNames = String.join(", ", moderators.of(b.id()).stream().map(Author::username).toList());
        return editView(typed(new BoardForm(b.slug(), b.nameAsWritten(), b.descriptionAsWritten(), b.colour(), b.icon(),
                String.valueOf(b.position()), b.readAccess().name(), b.startAccess().name(), b.replyAccess().name(),
                b.freeTags() ? "yes" : "no", moderatorNames)), Map.of());
    }

    @POST
    @Path("{slug}")
    @Operation(hidden = true)
    public Response update(@PathParam("slug") String slug, @BeanParam Fields fields) {
        caller.require(Role.ADMIN);
        BoardForm form = fields.form(slug);
        try {
            boards.update(slug, form);
            return Response.seeOther(URI.create("/admin/boards")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(editView(typed(form), Forms.messages(e.errors(), visitor))).build();
        }
    }

    private View editView(Map<String, String> form, Map<String, List<String>> errors) {
        return View.of("admin-board-edit").with("form", form).with("errors", errors)
                .with("accessLevels", List.of(Access.values()).stream().map(Access::name).toList());
    }

    private View view(Map<String, String> form, Map<String, List<String>> errors) {
        return View.of("admin-boards").with("boards", boards.all()).with("form", form).with("errors", errors)
                .with("accessLevels", List.of(Access.values()).stream().map(Access::name).toList());
    }

    private static Map<String, String> typed(BoardForm f) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", nz(f.slug()));
        form.put("name", nz(f.name()));
        form.put("description", nz(f.description()));
        form.put("colour", nz(f.colour()));
        form.put("icon", nz(f.icon()));
        form.put("position", nz(f.position()));
        form.put("read", nz(f.read()));
        form.put("start", nz(f.start()));
        form.put("reply", nz(f.reply()));
        form.put("freeTags", nz(f.freeTags()));
        form.put("moderators", nz(f.moderators()));
        return form;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** The board form's fields as posted (an unticked "free tags" box sends nothing, which means no). */
    public static class Fields {
        @FormParam("name")
        String name;
        @FormParam("description")
        String description;
        @FormParam("colour")
        String colour;
        @FormParam("icon")
        String icon;
        @FormParam("position")
        String position;
        @FormParam("read")
        String read;
        @FormParam("start")
        String start;
        @FormParam("reply")
        String reply;
        @FormParam("freeTags")
        String freeTags;
        @FormParam("moderators")
        String moderators;

        BoardForm form(String slug) {
            return new BoardForm(slug, name, description, colour, icon, position, read, start, reply,
                    "yes".equals(freeTags) ? "yes" : "no", moderators == null ? "" : moderators);
        }
    }
}
