package qiao.portal.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.platform.SiteConfig;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** Admin: the backups, a button to take one now, and downloads (encrypted unless asked otherwise). */
@Path("admin/backups")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminBackupsPage {

    @Inject
    Backups backups;

    @Inject
    BackupDownloads downloads;

    @Inject
    SiteConfig config;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View list() {
        return view(Map.of(), null);
    }

    @POST
    @Operation(hidden = true)
    public Response start() {
        try {
            backups.startByAdmin();
            return Response.seeOther(URI.create("/admin/backups")).build();
        } catch (Refusal e) {
            if (e.status() != 409) {
                throw e;
            }
            return Response.status(409).entity(view(Forms.message("backup", visitor.text(e.detailKey())), null)).build();
        }
    }

    @POST
    @Path("{id: [0-9]+}/download")
    @Operation(hidden = true)
    public Response download(@PathParam("id") long id, @FormParam("passphrase") String passphrase,
            @FormParam("unencrypted") String unencrypted) {
        try {
            return downloads.download(id, passphrase, "yes".equals(unencrypted));
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(Forms.messages(e.errors(), visitor), id)).build();
        }
    }

    private View view(Map<String, List<String>> errors, Long failedDownload) {
        List<Backup> all = backups.list();
        return View.of("admin-backups").with("backups", all).with("errors", errors).with("failedDownload", failedDownload)
                .with("running", all.stream().anyMatch(b -> b.state() == Backup.State.RUNNING))
                .with("every", config.backupEvery().map(d -> d.toHours() + "h").orElse("off"))
                .with("at", config.backupAt().toString()).with("keep", config.backupKeep())
                .with("dir", config.backupDir().toString()).with("minPassphrase", ArchiveCipher.MIN_PASSPHRASE);
    }
}
