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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import qiao.portal.identity.AccountService;
import qiao.portal.web.FieldErrors;

/** Tags for API clients: the list, admins' managed tags, and a thread's tags. */
@Path("api/v1")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class TagApi {

    /** A tag; {@code managed} tags are kept by admins, {@code staffOnly} ones only moderators may use. */
    public record TagView(String name, String description, boolean managed, boolean staffOnly, long threads) {
        static TagView of(TagService.TagUse use) {
            Tag t = use.tag();
            return new TagView(t.name(), t.description(), t.managed(), t.staffOnly(), use.threads());
        }
    }

    /** How admins keep a tag. */
    public record ManagedTag(String description, Boolean staffOnly) {
    }

    /** A thread's tags, replacing the ones it had. */
    public record Tags(List<String> tags) {
    }

    @Inject
    TagService tags;

    @Inject
    ThreadLists lists;

    @Inject
    AccountService accounts;

    @GET
    @Path("tags")
    @Operation(summary = "The tags the caller can see (managed ones, and free ones on threads the caller may read), "
            + "most used first, with how many such threads carry each")
    public List<TagView> list() {
        return tags.visible().stream().map(TagView::of).toList();
    }

    @GET
    @Path("tags/{name}/threads")
    @Operation(summary = "The threads that carry a tag, latest activity first, in the boards the caller may read (30 a page)")
    @APIResponse(responseCode = "200", description = "A page of threads; pass next as cursor for the following one")
    @APIResponse(responseCode = "404", description = "No such tag")
    public BoardApi.ThreadPage threads(@PathParam("name") String name, @QueryParam("cursor") String cursor) {
        FieldErrors errors = new FieldErrors();
        ThreadCursor after = ThreadCursor.parse(cursor, ThreadOrder.LATEST, "cursor", errors);
        errors.throwIfAny();
        ThreadLists.AcrossBoards page = lists.tagged(name, after);
        return new BoardApi.ThreadPage(BoardApi.ThreadSummary.of(page.threads(), accounts),
                page.next() == null ? null : page.next().encode());
    }

    @PUT
    @Path("tags/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a tag as a managed tag, with a description and whether only moderators may use it (admins)")
    @APIResponse(responseCode = "200", description = "The tag")
    @APIResponse(responseCode = "400", description = "Not a valid tag name")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public TagView manage(@PathParam("name") String name, ManagedTag body) {
        Tag tag = tags.manage(name, body == null ? null : body.description(),
                body != null && Boolean.TRUE.equals(body.staffOnly()));
        return tags.all().stream().filter(u -> u.tag().id().equals(tag.id())).findFirst().map(TagView::of).orElseThrow();
    }

    @DELETE
    @Path("tags/{name}")
    @Operation(summary = "Remove a tag from every thread and delete it (admins)")
    public Response delete(@PathParam("name") String name) {
        tags.delete(name);
        return Response.noContent().build();
    }

    @PUT
    @Path("threads/{id: [0-9]+}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a thread's tags (its author, or the board's moderators)")
    @APIResponse(responseCode = "200", description = "The thread's tags now")
    @APIResponse(responseCode = "400", description = "Too many tags, a malformed or unknown tag, or a staff-only tag")
    @APIResponse(responseCode = "403", description = "Neither the author nor a moderator")
    public Tags retag(@PathParam("id") long id, Tags body) {
        return new Tags(tags.retag(id, body == null ? List.of() : body.tags()).tags());
    }
}
