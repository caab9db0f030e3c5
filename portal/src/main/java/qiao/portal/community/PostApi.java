package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;

/**
 * Posts for API clients: editing with revisions, deleting and restoring, accepted answers and
 * votes. Same permissions as the pages.
 */
@Path("api/v1")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class PostApi {

    /** New text for a post; a title only for the opening post. */
    public record PostEdit(String body, String title) {
    }

    /** One version of a post. */
    public record Revision(int revision, Author editedBy, Instant editedAt, String text) {
    }

    /** A question's state after accepting or unaccepting. */
    public record Answer(long threadId, boolean solved, Long acceptedPostId, boolean acceptedByStaff) {
        static Answer of(ForumThread t) {
            return new Answer(t.id(), t.solved(), t.acceptedPostId(), t.acceptedByStaff());
        }
    }

    @Inject
    PostService postService;

    @Inject
    AccountService accounts;

    @Inject
    AnswerService answers;

    @Inject
    VoteService votes;

    @PATCH
    @Path("posts/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post (its author, or staff); the old text is kept as a revision")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "403", description = "Neither the author nor staff")
    public ThreadApi.Created edit(@PathParam("id") long id, PostEdit body) {
        Post post = postService.edit(id, body.body(), body.title());
        return new ThreadApi.Created(post.id(), "/t/" + post.threadId() + "#post-" + post.id());
    }

    @DELETE
    @Path("posts/{id: [0-9]+}")
    @Operation(summary = "Delete a post (its author, or staff); deleting the opening post deletes the thread")
    public Response delete(@PathParam("id") long id) {
        postService.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id: [0-9]+}/restore")
    @Operation(summary = "Restore a deleted post (staff and moderators)")
    public ThreadApi.Created restore(@PathParam("id") long id) {
        Post post = postService.restore(id);
        return new ThreadApi.Created(post.id(), "/t/" + post.threadId() + "#post-" + post.id());
    }

    @GET
    @Path("posts/{id: [0-9]+}/revisions")
    @Operation(summary = "Every version of a post, oldest first")
    public List<Revision> revisions(@PathParam("id") long id) {
        List<PostService.Version> versions = postService.history(id);
        Map<Long, Author> editors = accounts.authors(versions.stream().map(PostService.Version::editedBy).distinct().toList());
        return versions.stream().map(v -> new Revision(v.revision(), editors.get(v.editedBy()), v.editedAt(), v.text())).toList();
    }

    @POST
    @Path("posts/{id: [0-9]+}/accept")
    @Operation(summary = "Mark a reply as the accepted answer of its question")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = "Neither staff nor (where the board allows) the asker")
    @APIResponse(responseCode = "409", description = "Not a reply to a question")
    public Answer accept(@PathParam("id") long id) {
        return Answer.of(answers.accept(id));
    }

    @DELETE
    @Path("posts/{id: [0-9]+}/accept")
    @Operation(summary = "Take back the accepted answer")
    public Answer unaccept(@PathParam("id") long id) {
        return Answer.of(answers.unaccept(id));
    }

    @POST
    @Path("posts/{id: [0-9]+}/vote")
    @Operation(summary = "Up-vote a reply (once; not your own)")
    public ThreadApi.Votes votePost(@PathParam("id") long id) {
        return new ThreadApi.Votes(votes.votePost(id, true));
    }

    @DELETE
    @Path("posts/{id: [0-9]+}/vote")
    @Operation(summary = "Withdraw your vote on a reply")
    public ThreadApi.Votes unvotePost(@PathParam("id") long id) {
        return new ThreadApi.Votes(votes.votePost(id, false));
    }
}
