package qiao.portal.privacy.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.Visitor;

/** A person's rights over their data through the API: a copy of it, and erasure. */
@Path("api/v1")
@RequestScoped
@Tag(name = "privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyApi {

    /** The caller's password, asked for once more before erasure. */
    public record Confirmation(String password) {
    }

    @Inject
    PersonalExport exports;

    @Inject
    AccountErasure erasure;

    @Inject
    Visitor visitor;

    @GET
    @Path("me/export")
    @Operation(summary = "Download all of the caller's data", description = "One JSON object: `exportedAt`, `account`, "
            + "then one key per feature (`community`, `notifications`, `plugins` by plugin id, …); the caller's own "
            + "records only.")
    @APIResponse(responseCode = "200", description = "The export, as an attachment")
    @APIResponse(responseCode = "401", description = "Not authenticated")
    public Response exportMine() {
        return attachment(exports.mine());
    }

    @GET
    @Path("admin/users/{id}/export")
    @Operation(summary = "Download all of a person's data (admins)")
    @APIResponse(responseCode = "200", description = "The export, as an attachment")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response exportOf(@PathParam("id") long id) {
        return attachment(exports.ofAccount(id));
    }

    @DELETE
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the caller's account", description = "Signs out everywhere and removes the e-mail "
            + "address, password, profile, notifications, drafts, follows and plugins' records; posts stay, by a "
            + "deleted user. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "400", description = "No password given")
    @APIResponse(responseCode = "403", description = "Wrong password")
    @APIResponse(responseCode = "409", description = "The site's last admin")
    public Response eraseMe(Confirmation body) {
        erasure.mine(body == null ? null : body.password(), visitor.address());
        return Response.noContent().build();
    }

    @DELETE
    @Path("admin/users/{id}")
    @Operation(summary = "Erase a person's account (admins)")
    @APIResponse(responseCode = "204", description = "Erased (or erased already)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "The site's last admin")
    public Response eraseOf(@PathParam("id") long id) {
        erasure.ofAccount(id);
        return Response.noContent().build();
    }

    private static Response attachment(PersonalExport.Export export) {
        return Response.ok(export.data(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"qiao-export-" + export.accountId() + ".json\"")
                .header("Cache-Control", "no-store").build();
    }
}
