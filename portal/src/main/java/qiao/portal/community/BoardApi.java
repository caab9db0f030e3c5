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

/**
 * Boards for API clients: the list, one board with its moderators, its threads, and starting a
 * thread there. Same permissions as the pages.
 */
@Path("api/v1")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class BoardApi {

    /**
     * A new board.
     *
     * @param freeTags whether members may make new tags there (default true)
     * @param moderators usernames of the board's own moderators
     */
    public record NewBoard(String slug, String name, String description, String colour, String icon, Integer position,
            String read, String start, String reply, Boolean freeTags, List<String> moderators) {
    }

    /** A board in lists. */
    public record BoardSummary(String slug, String name, String description, String colour, String icon, int threads,
            int posts, Instant lastActivityAt, String url) {
        static BoardSummary of(Board b) {
            return new BoardSummary(b.slug(), b.name(), b.description(), b.colour(), b.icon(), b.threadCount(),
                    b.postCount(), b.lastActivityAt(), "/b/" + b.slug());
        }
    }

    /** A board with who may do what there and who moderates it. */
    public record BoardDetail(BoardSummary board, String read, String start, String reply, boolean freeTags,
            List<Author> moderators) {
    }

    /** The usernames of a board's own moderators. */
    public record Moderators(List<String> usernames) {
    }

    /** A new thread: its kind is question, discussion, suggestion or announcement (staff); at most 5 tags. */
    public record NewThreadBody(String title, String body, String kind, List<String> tags) {
    }

    /** A thread in a board's list. */
    public record ThreadSummary(long id, String title, String kind, List<String> tags, Author author, int replies, int votes,
            boolean solved, String status, Instant lastActivityAt, String url) {
        static List<ThreadSummary> of(List<ForumThread> threads, AccountService accounts) {
            Map<Long, Author> authors = accounts.authors(threads.stream().map(ForumThread::authorId).toList());
            return threads.stream().map(t -> new ThreadSummary(t.id(), t.title(), t.kind().key(), t.tags(),
                    authors.get(t.authorId()), t.replyCount(), t.voteCount(), t.solved(),
                    t.status() == null ? null : t.status().key(), t.lastActivityAt(), "/t/" + t.id())).toList();
        }
    }

    /** One page of a board's threads; pass {@code next} as {@code cursor} for the following page. */
    public record ThreadPage(List<ThreadSummary> threads, String next) {
    }

    /** Whether the caller follows. */
    public record Following(boolean following) {
    }

    @Inject
    BoardService boards;

    @Inject
    BoardModerators moderators;

    @Inject
    ThreadService threads;

    @Inject
    ThreadLists lists;

    @Inject
    AccountService accounts;

    @Inject
    FollowService follows;

    @POST
    @Path("boards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a board (admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public Response createBoard(NewBoard body) {
        Board board = boards.create(new BoardForm(body.slug(), body.name(), body.description(), body.colour(),
                body.icon(), body.position() == null ? null : body.position().toString(), body.read(), body.start(),
                body.reply(), body.freeTags() == null ? null : body.freeTags() ? "yes" : "no",
                body.moderators() == null ? null : String.join(",", body.moderators())));
        return Response.created(URI.create("/api/v1/boards/" + board.slug())).entity(BoardSummary.of(board)).build();
    }

    @GET
    @Path("boards")
    @Operation(summary = "The boards the caller may read")
    public List<BoardSummary> listBoards() {
        return boards.visible().stream().map(BoardSummary::of).toList();
    }

    @GET
    @Path("boards/{slug}")
    @Operation(summary = "A board, its access rules and its own moderators")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "404", description = "No such board, or the caller may not read it")
    public BoardDetail board(@PathParam("slug") String slug) {
        Board b = boards.readable(slug);
        return new BoardDetail(BoardSummary.of(b), b.readAccess().name(), b.startAccess().name(), b.replyAccess().name(),
                b.freeTags(), moderators.of(b.id()));
    }

    @PUT
    @Path("boards/{slug}/moderators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a board's own moderators (admins)")
    @APIResponse(responseCode = "200", description = "The board with its new moderators")
    @APIResponse(responseCode = "400", description = "An unknown username")
    public BoardDetail setModerators(@PathParam("slug") String slug, Moderators body) {
        boards.setModerators(slug, body.usernames());
        return board(slug);
    }

    @GET
    @Path("boards/{slug}/threads")
    @Operation(summary = "A board's threads, 30 a page", description = "sort: latest (default), newest, votes, "
            + "unsolved; kind: question, discussion, suggestion, announcement; solved: yes or no; status: a "
            + "suggestion status; tag: a tag name; cursor: the previous page's next")
    @APIResponse(responseCode = "200", description = "A page of threads; next is absent on the last page")
    @APIResponse(responseCode = "400", description = "An unknown sort, kind, solved or status value, or a cursor that is not "
            + "one of this list's (the problem names the field)")
    @APIResponse(responseCode = "404", description = "No such board, or the caller may not read it")
    public ThreadPage listThreads(@PathParam("slug") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("sort") String sort, @QueryParam("kind") String kind, @QueryParam("solved") String solved,
            @QueryParam("status") String status, @QueryParam("tag") String tag) {
        FieldErrors errors = new FieldErrors();
        ThreadFilter filter = ThreadFilter.of(sort, kind, solved, status, tag, errors);
        ThreadCursor after = ThreadCursor.parse(cursor, filter.order(), "cursor", errors);
        errors.throwIfAny();
        ThreadList list = lists.board(slug, filter, after);
        return new ThreadPage(ThreadSummary.of(list.threads(), accounts), list.next() == null ? null : list.next().encode());
    }

    @POST
    @Path("boards/{slug}/threads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a thread", description = "Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid title, body or kind")
    @APIResponse(responseCode = "403", description = "The caller may not start threads here")
    public Response startThread(@PathParam("slug") String slug, NewThreadBody body,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        ForumThread thread = threads.start(slug, new NewThread(body.title(), body.body(), body.kind(), body.tags(),
                idempotencyKey));
        return Response.created(URI.create("/api/v1/threads/" + thread.id()))
                .entity(new ThreadApi.Created(thread.id(), "/t/" + thread.id())).build();
    }

    @POST
    @Path("boards/{slug}/follow")
    @Operation(summary = "Follow a board (new threads notify you)")
    public Following followBoard(@PathParam("slug") String slug) {
        return new Following(follows.followBoard(slug, true));
    }

    @DELETE
    @Path("boards/{slug}/follow")
    @Operation(summary = "Stop following a board")
    public Following unfollowBoard(@PathParam("slug") String slug) {
        return new Following(follows.followBoard(slug, false));
    }
}
