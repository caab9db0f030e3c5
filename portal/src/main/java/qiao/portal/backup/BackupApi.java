package qiao.portal.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Backups for admins' scripts: take one, see them, download one (encrypted unless asked otherwise). */
@Path("api/v1/admin/backups")
@RequestScoped
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class BackupApi {

    /** A backup as it started. */
    public record Started(long id, String state) {
    }

    /** A backup; {@code bytes} once it is done, {@code percent} while it runs. */
    public record Listed(long id, String state, Instant createdAt, Long bytes, boolean scheduled, int percent,
            Instant finishedAt, String error) {
        static Listed of(Backup b) {
            return new Listed(b.id(), b.state().key(), b.createdAt(), b.bytes(), b.scheduled(), b.percent(), b.finishedAt(),
                    b.error());
        }
    }

    @Inject
    Backups backups;

    @Inject
    BackupDownloads downloads;

    @POST
    @Operation(summary = "Take a backup of the whole site now (admins); it runs in the background")
    @APIResponse(responseCode = "202", description = "Started; follow it in the list")
    @APIResponse(responseCode = "409", description = "A backup is running already")
    public Response start() {
        Backup backup = backups.startByAdmin();
        return Response.accepted(new Started(backup.id(), backup.state().key())).build();
    }

    @GET
    @Operation(summary = "The backups, newest first (admins)")
    public List<Listed> list() {
        return backups.list().stream().map(Listed::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}/file")
    @Produces({"application/octet-stream", "application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a backup (admins)", description = "Encrypted with the passphrase in the "
            + "Backup-Passphrase header (at least 12 characters), or unencrypted only with ?encrypted=false.")
    @APIResponse(responseCode = "200", description = "The archive")
    @APIResponse(responseCode = "400", description = "Neither a passphrase nor ?encrypted=false")
    @APIResponse(responseCode = "404", description = "No such finished backup on this server")
    public Response file(@PathParam("id") long id, @HeaderParam("Backup-Passphrase") String passphrase,
            @QueryParam("encrypted") String encrypted) {
        return downloads.download(id, passphrase, "false".equals(encrypted));
    }
}
