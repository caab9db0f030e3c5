package qiao.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.api.Sdk;
import qiao.portal.web.CsrfFilter;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** Admin: installed plugins, their state and failures, settings forms made from each schema, install and uninstall. */
@Path("admin/plugins")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminPluginsPage {

    @Inject
    PluginAdmin admin;

    @Inject
    PluginSlots slots;

    @Inject
    Visitor visitor;

    @Inject
    HttpServletRequest servletRequest;

    @GET
    @Operation(hidden = true)
    public View list() {
        return view(Map.of(), null);
    }

    @POST
    @Path("install")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response install(@FormParam("file") EntityPart file) throws IOException {
        admin.mayInstall();
        try {
            if (file == null) {
                throw InvalidInput.of("file", "plugins.invalid.noFile");
            }
            try (InputStream in = file.getContent()) {
                admin.install(in.readAllBytes());
            }
            return back();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(Forms.messages(e.errors(), visitor), null)).build();
        }
    }

    @POST
    @Path("{id}/enable")
    @Operation(hidden = true)
    public Response enable(@PathParam("id") String id) {
        admin.enable(id, true);
        return back();
    }

    @POST
    @Path("{id}/disable")
    @Operation(hidden = true)
    public Response disable(@PathParam("id") String id) {
        admin.enable(id, false);
        return back();
    }

    @POST
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response settings(@PathParam("id") String id) {
        Map<String, List<String>> form = Forms.fields(servletRequest);
        Map<String, String> changes = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (!key.equals(CsrfFilter.FIELD) && !key.endsWith(".present")) {
                changes.put(key, String.join("\n", values));
            }
        });
        // an unticked box sends nothing: its hidden ".present" twin says the setting was on the form
        form.keySet().stream().filter(k -> k.endsWith(".present")).map(k -> k.substring(0, k.length() - ".present".length()))
                .filter(k -> !form.containsKey(k)).forEach(k -> changes.put(k, "false"));
        try {
            admin.settings(id, changes);
            return back();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(Forms.messages(e.errors(), visitor), id)).build();
        }
    }

    @POST
    @Path("{id}/uninstall")
    @Operation(hidden = true)
    public Response uninstall(@PathParam("id") String id, @FormParam("data") String data) {
        admin.uninstall(id, "delete".equals(data));
        return back();
    }

    @POST
    @Path("{id}/parked/retry")
    @Operation(hidden = true)
    public Response retryParked(@PathParam("id") String id) {
        admin.retryParked(id);
        return back();
    }

    @POST
    @Path("{id}/parked/discard")
    @Operation(hidden = true)
    public Response discardParked(@PathParam("id") String id) {
        admin.discardParked(id);
        return back();
    }

    private static Response back() {
        return Response.seeOther(URI.create("/admin/plugins")).build();
    }

    private View view(Map<String, List<String>> errors, String failedSettings) {
        List<PluginStatus> plugins = admin.list();
        Map<String, List<PluginStatus.ParkedEvent>> parked = new LinkedHashMap<>();
        plugins.stream().filter(p -> p.parkedEvents() > 0).forEach(p -> parked.put(p.id(), admin.parked(p.id())));
        return View.of("admin-plugins").with("plugins", plugins).with("parked", parked).with("errors", errors).with("failedSettings", failedSettings)
                .with("sdk", Sdk.VERSION).with("dashboard", slots.render("admin.dashboard", null));
    }
}
