package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;

/** Boards, threads and posts for API clients, with the same permissions as the pages. */
@Path("api/v1")
@RequestScoped
@Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityApi {

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

    /** Where a new thread or post can be found. */
    public record Created(long id, String url) {
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

    /** A post as readers get it; {@code masked} says personal data in {@code html} is hidden. */
    public record PostView(long id, int position, Author author, String html, boolean masked, int votes, boolean deleted,
            int edits, Instant createdAt) {
    }

    /** New text for a post; a title only for the opening post. */
    public record PostEdit(String body, String title) {
    }

    /** One version of a post. */
    public record Revision(int revision, Author editedBy, Instant editedAt, String text) {
    }

    @Inject
    PostService postService;

    @Inject
    qiao.portal.identity.Caller caller;

    @PATCH
    @Path("posts/{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post (its author, or staff); the old text is kept as a revision")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "403", description = "Neither the author nor staff")
    public Created edit(@PathParam("id") long id, PostEdit body) {
        Post post = postService.edit(id, body.body(), body.title());
        return new Created(post.id(), "/t/" + post.threadId() + "#post-" + post.id());
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
    public Created restore(@PathParam("id") long id) {
        Post post = postService.restore(id);
        return new Created(post.id(), "/t/" + post.threadId() + "#post-" + post.id());
    }

    @GET
    @Path("posts/{id: [0-9]+}/revisions")
    @Operation(summary = "Every version of a post, oldest first")
    public List<Revision> revisions(@PathParam("id") long id) {
        List<PostService.Version> versions = postService.history(id);
        Map<Long, Author> editors = accounts.authors(versions.stream().map(PostService.Version::editedBy).distinct().toList());
        return versions.stream().map(v -> new Revision(v.revision(), editors.get(v.editedBy()), v.editedAt(), v.text())).toList();
    }

    /** A thread with one page of its posts; {@code mergedInto} names the thread a duplicate now lives in. */
    public record ThreadDetail(long id, String title, String kind, String board, List<String> tags, boolean solved,
            Long acceptedPostId,
            String status, String statusNote, Long mergedInto, int votes, long views, boolean locked, List<PostView> posts,
            int page, int pages, String url) {
    }

    /** A suggestion's new status and the note that explains it to everyone. */
    public record StatusChange(String status, String note) {
    }

    @Inject
    SuggestionService suggestions;

    @Inject
    AnnouncementService announcements;

    @Inject
    FollowService follows;

    @Inject
    DraftService drafts;

    /** Whether the caller follows. */
    public record Following(boolean following) {
    }

    /** A draft's text; a new thread's draft (board-<slug>) may also keep its kind and tags field. */
    public record DraftBody(String title, String body, String kind, String tags) {
    }

    @POST
    @Path("threads/{id: [0-9]+}/follow")
    @Operation(summary = "Follow a thread (replies and status changes notify you)")
    public Following followThread(@PathParam("id") long id) {
        return new Following(follows.followThread(id, true));
    }

    @DELETE
    @Path("threads/{id: [0-9]+}/follow")
    @Operation(summary = "Stop following a thread")
    public Following unfollowThread(@PathParam("id") long id) {
        return new Following(follows.followThread(id, false));
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

    @GET
    @Path("drafts/{key}")
    @Operation(summary = "The caller's draft for a place: thread-<id> or board-<slug>")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "No draft there")
    public DraftService.Draft draft(@PathParam("key") String key) {
        caller.require();
        return drafts.load(key).orElseThrow(qiao.portal.web.Refusal::notFound);
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

    @Inject
    qiao.portal.web.Visitor visitor;

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

    /** Whether a thread is closed to replies. */
    public record Lock(boolean locked) {
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

    /** A reply. */
    public record NewPost(String body) {
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
    AnswerService answers;

    @Inject
    VoteService votes;

    /** A question's state after accepting or unaccepting. */
    public record Answer(long threadId, boolean solved, Long acceptedPostId, boolean acceptedByStaff) {
        static Answer of(ForumThread t) {
            return new Answer(t.id(), t.solved(), t.acceptedPostId(), t.acceptedByStaff());
        }
    }

    /** A vote count after voting. */
    public record Votes(int votes) {
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
    public Votes votePost(@PathParam("id") long id) {
        return new Votes(votes.votePost(id, true));
    }

    @DELETE
    @Path("posts/{id: [0-9]+}/vote")
    @Operation(summary = "Withdraw your vote on a reply")
    public Votes unvotePost(@PathParam("id") long id) {
        return new Votes(votes.votePost(id, false));
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
    @Path("boards")
    @Operation(summary = "The boards the caller may read")
    public List<BoardSummary> listBoards() {
        return boards.visible().stream().map(BoardSummary::of).toList();
    }

    @GET
    @Path("boards/{slug}/threads")
    @Operation(summary = "A board's threads, 30 a page", description = "sort: latest (default), newest, votes, "
            + "unsolved; kind: question, discussion, suggestion, announcement; solved: yes or no; status: a "
            + "suggestion status; tag: a tag name; cursor: the previous page's next")
    @APIResponse(responseCode = "200", description = "A page of threads; next is absent on the last page")
    @APIResponse(responseCode = "404", description = "No such board, or the caller may not read it")
    public ThreadPage listThreads(@PathParam("slug") String slug, @QueryParam("cursor") String cursor,
            @QueryParam("sort") String sort, @QueryParam("kind") String kind, @QueryParam("solved") String solved,
            @QueryParam("status") String status, @QueryParam("tag") String tag) {
        ThreadFilter filter = ThreadFilter.of(sort, kind, solved, status, tag);
        ThreadList list = lists.board(slug, filter, ThreadCursor.decode(cursor, filter.order()).orElse(null));
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
                .entity(new Created(thread.id(), "/t/" + thread.id())).build();
    }

    @GET
    @Path("threads/{id: [0-9]+}")
    @Operation(summary = "A thread with a page of its posts (50 a page)")
    @APIResponse(responseCode = "200", description = "The thread")
    @APIResponse(responseCode = "404", description = "No such thread, or the caller may not read its board")
    public ThreadDetail thread(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("sort") String sort) {
        ThreadView view = threads.view(id, page, "votes".equals(sort));
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
        return Response.created(URI.create("/api/v1/threads/" + id)).entity(new Created(post.id(), "/t/" + id + "#post-" + post.id()))
                .build();
    }
}
