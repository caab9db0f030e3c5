package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Visitor;

/**
 * Threads for API clients: reading, replying, following, suggestion votes and statuses, pins,
 * banners and closing. Same permissions as the pages.
 */
@Path("api/v1")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadApi {

    /** Where a new thread or post can be found. */
    public record Created(long id, String url) {
    }

    /** A thread with one page of its posts; {@code mergedInto} names the thread a duplicate now lives in. */
    public record ThreadDetail(long id, String title, String kind, String board, List<String> tags, boolean solved,
            Long acceptedPostId,
            String status, String statusNote, Long mergedInto, int votes, long views, boolean locked, List<PostView> posts,
            int page, int pages, String url) {
    }

    /** A post as readers get it; {@code masked} says personal data in {@code html} is hidden. */
    public record PostView(long id, int position, Author author, String html, boolean masked, int votes, boolean deleted,
            int edits, Instant createdAt) {
    }

    /** A reply. */
    public record NewPost(String body) {
    }

    /** A suggestion's new status and the note that explains it to everyone. */
    public record StatusChange(String status, String note) {
    }

    /** Where to pin: none, board or global. */
    public record Pin(String scope) {
    }

    /** Show as the site banner until the end of this day (YYYY-MM-DD); null or blank removes the banner. */
    public record Banner(String until) {
    }

    /** A thread's place on top. */
    public record Pinned(long id, boolean pinned, boolean pinnedGlobally, Instant bannerUntil) {
        static Pinned of(ForumThread t) {
            return new Pinned(t.id(), t.pinned(), t.pinnedGlobally(), t.bannerUntil());
        }
    }

    /** Whether a thread is closed to replies. */
    public record Lock(boolean locked) {
    }

    /** A vote count after voting. */
    public record Votes(int votes) {
    }

    @Inject
    ThreadService threads;

    @Inject
    AccountService accounts;

    @Inject
    SuggestionService suggestions;

    @Inject
    AnnouncementService announcements;

    @Inject
    FollowService follows;

    @Inject
    VoteService votes;

    @Inject
    Visitor visitor;

    @GET
    @Path("threads/{id: [0-9]+}")
    @Operation(summary = "A thread with a page of its posts (50 a page)")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "400", description = "A sort other than votes")
    @APIResponse(responseCode = "404", description = "No such thread, or the caller may not read its board")
    public ThreadDetail thread(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("sort") String sort) {
        FieldErrors errors = new FieldErrors();
        boolean byVotes = ThreadService.byVotes(sort, errors);
        errors.throwIfAny();
        ThreadView view = threads.view(id, page, byVotes);
        Map<Long, Author> authors = accounts.authors(view.posts().stream().map(Post::authorId).distinct().toList());
        List<PostView> posts = view.posts().stream().map(p -> new PostView(p.id(), p.position(),
                authors.get(p.authorId()), p.deleted() && !view.moderates() ? "" : p.html(), p.personalData(), p.voteCount(),
                p.deleted(), p.editCount(), p.createdAt())).toList();
        ForumThread t = view.thread();
        return new ThreadDetail(t.id(), t.title(), t.kind().key(), view.board().slug(), t.tags(), t.solved(),
                t.acceptedPostId(),
                t.status() == null ? null : t.status().key(), t.statusNote(), t.mergedInto(), t.voteCount(), t.viewCount(),
                t.locked(),
                posts, view.page(), view.pages(), "/t/" + t.id());
    }

    @POST
    @Path("threads/{id: [0-9]+}/posts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to a thread", description = "Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "The caller may not reply here")
    public Response reply(@PathParam("id") long id, NewPost body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Post post = threads.reply(id, body.body(), idempotencyKey);
        return Response.created(URI.create("/api/v1/threads/" + id))
                .entity(new Created(post.id(), "/t/" + id + "#post-" + post.id())).build();
    }

    @POST
    @Path("threads/{id: [0-9]+}/follow")
    @Operation(summary = "Follow a thread (replies and status changes notify you)")
    public BoardApi.Following followThread(@PathParam("id") long id) {
        return new BoardApi.Following(follows.followThread(id, true));
    }

    @DELETE
    @Path("threads/{id: [0-9]+}/follow")
    @Operation(summary = "Stop following a thread")
    public BoardApi.Following unfollowThread(@PathParam("id") long id) {
        return new BoardApi.Following(follows.followThread(id, false));
    }

    @POST
    @Path("threads/{id: [0-9]+}/vote")
    @Operation(summary = "Vote for a suggestion (once)")
    public Votes voteThread(@PathParam("id") long id) {
        return new Votes(votes.voteThread(id, true));
    }

    @DELETE
    @Path("threads/{id: [0-9]+}/vote")
    @Operation(summary = "Withdraw your vote on a suggestion")
    public Votes unvoteThread(@PathParam("id") long id) {
        return new Votes(votes.voteThread(id, false));
    }

    @PUT
    @Path("threads/{id: [0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a suggestion's status (staff); its author and voters are notified")
    @APIResponse(responseCode = "200", description = "The suggestion")
    @APIResponse(responseCode = "403", description = "Not staff")
    public ThreadDetail setStatus(@PathParam("id") long id, StatusChange body) {
        suggestions.setStatus(id, body.status(), body.note());
        return thread(id, 0, null);
    }

    @POST
    @Path("threads/{id: [0-9]+}/merge-into/{other: [0-9]+}")
    @Operation(summary = "Merge a duplicate suggestion into another (staff); votes move, none twice")
    @APIResponse(responseCode = "200", description = "The suggestion merged into")
    public ThreadDetail merge(@PathParam("id") long id, @PathParam("other") long other) {
        suggestions.merge(id, other);
        return thread(other, 0, null);
    }

    @PUT
    @Path("threads/{id: [0-9]+}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pin a thread to its board or globally, or unpin it (staff)")
    public Pinned pin(@PathParam("id") long id, Pin body) {
        return Pinned.of(announcements.pin(id, body.scope()));
    }

    @PUT
    @Path("threads/{id: [0-9]+}/banner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show an announcement as the site-wide banner until a date (staff)")
    public Pinned banner(@PathParam("id") long id, Banner body) {
        return Pinned.of(announcements.banner(id, body.until(), visitor.zone()));
    }

    /** Where a thread should go: a board's slug. */
    public record Move(String board) {
    }

    @PUT
    @Path("threads/{id: [0-9]+}/board")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a thread to another board (people who moderate both boards)")
    @APIResponse(responseCode = "200", description = "The thread, in its new board")
    @APIResponse(responseCode = "400", description = "No board given, or no such board that the caller can see")
    @APIResponse(responseCode = "403", description = "Not a moderator of both boards")
    public ThreadDetail move(@PathParam("id") long id, Move body) {
        threads.move(id, body == null ? null : body.board());
        return thread(id, 0, null);
    }

    @PUT
    @Path("threads/{id: [0-9]+}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a thread to replies, or open it again (the board's moderators)")
    @APIResponse(responseCode = "200", description = "The thread's state")
    @APIResponse(responseCode = "403", description = "Not a moderator of the thread's board")
    public Lock lock(@PathParam("id") long id, Lock body) {
        return new Lock(threads.lock(id, body != null && body.locked()).locked());
    }
}
