package qiao.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.InvalidInput;

/** Plugins for admins' scripts: the same operations as the admin page, at run time, on every node. */
@Path("api/v1/admin/plugins")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminApi {

    @Inject
    PluginAdmin admin;

    @GET
    @Operation(summary = "Installed plugins with their state (started, disabled, failed, incompatible), SDK range, last error and failures (admins)")
    public List<PluginStatus> list() {
        return admin.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plugin, with its settings and their schema (admins)")
    public PluginStatus get(@PathParam("id") String id) {
        return admin.get(id);
    }

    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/java-archive", "application/zip"})
    @Operation(summary = "Install or upgrade a plugin: the jar or zip as the body (admins)", description = "A plugin whose id is "
            + "installed is upgraded: the old version stops and the new one starts, keeping its settings and records.")
    @APIResponse(responseCode = "200", description = "Installed; its state says whether it started")
    public PluginStatus install(InputStream body) throws IOException {
        admin.mayInstall();
        return admin.install(body.readAllBytes());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Install or upgrade a plugin sent as the form part \"file\" (admins)")
    public PluginStatus installForm(@FormParam("file") EntityPart file) throws IOException {
        admin.mayInstall();
        if (file == null) {
            throw InvalidInput.of("file", "plugins.invalid.noFile");
        }
        try (InputStream in = file.getContent()) {
            return admin.install(in.readAllBytes());
        }
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Start a plugin on every node (admins)")
    public PluginStatus enable(@PathParam("id") String id) {
        return admin.enable(id, true);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stop a plugin on every node: its routes answer 404, its slots, listeners and jobs stop (admins)")
    public PluginStatus disable(@PathParam("id") String id) {
        return admin.enable(id, false);
    }

    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings: an object of key to text value, each checked against the plugin's schema (admins)")
    public PluginStatus settings(@PathParam("id") String id, Map<String, String> changes) {
        if (changes == null) {
            throw InvalidInput.of("settings", "plugins.settings.object");
        }
        return admin.settings(id, changes);
    }

    @GET
    @Path("{id}/events/parked")
    @Operation(summary = "Events the plugin's listeners failed to take after every attempt, oldest first, at most 100 (admins)")
    public List<PluginStatus.ParkedEvent> parked(@PathParam("id") String id) {
        return admin.parked(id);
    }

    @POST
    @Path("{id}/events/parked/retry")
    @Operation(summary = "Give the parked events to the plugin's listeners again, oldest first, ahead of newer ones (admins)")
    public Map<String, Integer> retryParked(@PathParam("id") String id) {
        return Map.of("retried", admin.retryParked(id));
    }

    @DELETE
    @Path("{id}/events/parked")
    @Operation(summary = "Drop the plugin's parked events for good (admins)")
    public Map<String, Integer> discardParked(@PathParam("id") String id) {
        return Map.of("discarded", admin.discardParked(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Uninstall a plugin; data=delete also removes its records, data=keep (the default) keeps them (admins)")
    @APIResponse(responseCode = "204", description = "Uninstalled")
    public Response uninstall(@PathParam("id") String id, @QueryParam("data") String data) {
        if (data != null && !data.equals("keep") && !data.equals("delete")) {
            throw InvalidInput.of("data", "plugins.uninstall.data");
        }
        admin.uninstall(id, "delete".equals(data));
        return Response.noContent().build();
    }
}
