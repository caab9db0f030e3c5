package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import qiao.portal.identity.Caller;
import qiao.portal.web.Refusal;

/**
 * The composer's drafts for API clients, one per person per place. Same permissions as the pages.
 */
@Path("api/v1")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class DraftApi {

    /** A draft's text; a new thread's draft (board-<slug>) may also keep its kind and tags field. */
    public record DraftBody(String title, String body, String kind, String tags) {
    }

    @Inject
    Caller caller;

    @Inject
    DraftService drafts;

    @GET
    @Path("drafts/{key}")
    @Operation(summary = "The caller's draft for a place: thread-<id> or board-<slug>")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "No draft there")
    public DraftService.Draft draft(@PathParam("key") String key) {
        caller.require();
        return drafts.load(key).orElseThrow(Refusal::notFound);
    }

    @PUT
    @Path("drafts/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the caller's draft for a place")
    public Response saveDraft(@PathParam("key") String key, DraftBody body) {
        drafts.save(key, body.title(), body.body(), body.kind(), body.tags());
        return Response.noContent().build();
    }

    @DELETE
    @Path("drafts/{key}")
    @Operation(summary = "Throw away the caller's draft for a place")
    public Response discardDraft(@PathParam("key") String key) {
        drafts.discard(key);
        return Response.noContent().build();
    }
}
