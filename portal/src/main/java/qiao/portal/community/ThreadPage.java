package qiao.portal.community;

import qiao.portal.content.WritingRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** A thread with its posts, and the reply form under them. */
@Path("t/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ThreadPage {

    @Inject
    ThreadService threads;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Inject
    AnswerService answers;

    @Inject
    VoteService votes;

    @Inject
    SuggestionService suggestions;

    @Inject
    PostService posts;

    @Inject
    AnnouncementService announcements;

    @Inject
    FollowService follows;

    @Inject
    BoardService boards;

    @Inject
    ViewCounter viewCounter;

    @Inject
    jakarta.enterprise.inject.Instance<ThreadNotes> threadNotes;

    @Inject
    DraftService drafts;

    @Inject
    TagService tags;

    @POST
    @Path("pin")
    @Operation(hidden = true)
    public Response pin(@PathParam("id") long id, @FormParam("scope") String scope) {
        announcements.pin(id, scope);
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @POST
    @Path("banner")
    @Operation(hidden = true)
    public Response banner(@PathParam("id") long id, @FormParam("until") String until) {
        announcements.banner(id, until, visitor.zone());
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @GET
    @Path("posts/{postId: [0-9]+}/edit")
    @Operation(hidden = true)
    public View editor(@PathParam("id") long id, @PathParam("postId") long postId) {
        caller.require();
        List<PostService.Version> versions = posts.history(postId);
        ThreadView thread = threads.view(id, 0);
        ForumThread t = thread.thread();
        boolean author = caller.require().id() == t.authorId();
        return editView(t, postId, versions.get(versions.size() - 1).text(),
                isOpening(thread, postId) ? author ? t.titleAsWritten() : t.title() : null, Map.of());
    }

    @POST
    @Path("posts/{postId: [0-9]+}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") long id, @PathParam("postId") long postId, @FormParam("body") String body,
            @FormParam("title") String title) {
        caller.require();
        try {
            posts.edit(postId, body, title);
            return Response.seeOther(URI.create("/t/" + id + "#post-" + postId)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(editView(threads.view(id, 0).thread(), postId, body == null ? "" : body,
                    title, Forms.messages(e.errors(), visitor))).build();
        }
    }

    @GET
    @Path("posts/{postId: [0-9]+}/history")
    @Operation(hidden = true)
    public View history(@PathParam("id") long id, @PathParam("postId") long postId) {
        List<PostService.Version> versions = posts.history(postId);
        return View.of("history").with("thread", threads.view(id, 0).thread()).with("postId", postId)
                .with("versions", versions.reversed())
                .with("editors", accounts.authors(versions.stream().map(PostService.Version::editedBy).distinct().toList()));
    }

    @POST
    @Path("posts/{postId: [0-9]+}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long id, @PathParam("postId") long postId) {
        boolean moderator = threads.view(id, 0).moderates();
        Post post = posts.delete(postId);
        boolean stillVisible = post.position() != 0 || moderator;
        return Response.seeOther(URI.create(stillVisible ? "/t/" + id + "#post-" + postId : "/")).build();
    }

    @POST
    @Path("posts/{postId: [0-9]+}/restore")
    @Operation(hidden = true)
    public Response restore(@PathParam("id") long id, @PathParam("postId") long postId) {
        posts.restore(postId);
        return Response.seeOther(URI.create("/t/" + id + "#post-" + postId)).build();
    }

    private static boolean isOpening(ThreadView thread, long postId) {
        return !thread.posts().isEmpty() && thread.posts().get(0).id() == postId;
    }

    private View editView(ForumThread thread, long postId, String body, String title, Map<String, List<String>> errors) {
        return View.of("edit").with("thread", thread).with("postId", postId).with("body", body).with("title", title)
                .with("errors", errors);
    }

    @GET
    @Operation(hidden = true)
    public Response show(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("sort") String sort,
            @QueryParam("quote") Long quote, @HeaderParam("HX-Request") String inPlaceUpdate) {
        FieldErrors refused = new FieldErrors();
        boolean byVotes = ThreadService.byVotes(sort, refused);
        ThreadView thread = threads.view(id, page, byVotes);
        if (thread.thread().mergedInto() != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/t/" + thread.thread().mergedInto())).build();
        }
        if (page == 0 && inPlaceUpdate == null) {
            viewCounter.viewed(id);
        }
        String draft = quote == null ? drafts.load("thread-" + id).map(DraftService.Draft::body).orElse("")
                : quoted(thread, quote);
        return Response.ok(view(thread, draft, Map.of()).with("sort", byVotes ? "votes" : "")
                .with("refused", refused.all().stream().map(e -> visitor.text(e.messageKey())).toList())).build();
    }

    /** The reply box prefilled with a quote of one post: "> text" lines and who wrote it. */
    private String quoted(ThreadView thread, long postId) {
        return thread.posts().stream().filter(p -> p.id() == postId && !p.deleted()).findFirst().map(p -> {
            String who = accounts.authors(List.of(p.authorId())).get(p.authorId()).username();
            String text = PersonalData.mask(p.raw());
            return "@" + who + ":\n> " + text.strip().replace("\n", "\n> ") + "\n\n";
        }).orElse("");
    }

    @POST
    @Path("lock")
    @Operation(hidden = true)
    public Response lock(@PathParam("id") long id, @FormParam("undo") String undo) {
        threads.lock(id, !"yes".equals(undo));
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @POST
    @Path("move")
    @Operation(hidden = true)
    public Response move(@PathParam("id") long id, @FormParam("board") String board) {
        try {
            threads.move(id, board);
            return Response.seeOther(URI.create("/t/" + id)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(threads.view(id, 0), "", Forms.messages(e.errors(), visitor))).build();
        }
    }

    @POST
    @Path("tags")
    @Operation(hidden = true)
    public Response retag(@PathParam("id") long id, @FormParam("tags") String typed) {
        try {
            tags.retag(id, WritingRules.splitNames(typed));
            return Response.seeOther(URI.create("/t/" + id)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(threads.view(id, 0), "", Forms.messages(e.errors(), visitor))
                    .with("typedTags", typed == null ? "" : typed)).build();
        }
    }

    @POST
    @Path("follow")
    @Operation(hidden = true)
    public Response follow(@PathParam("id") long id, @FormParam("undo") String undo) {
        follows.followThread(id, !"yes".equals(undo));
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @POST
    @Path("status")
    @Operation(hidden = true)
    public Response status(@PathParam("id") long id, @FormParam("status") String status, @FormParam("note") String note) {
        suggestions.setStatus(id, status, note);
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @POST
    @Path("merge")
    @Operation(hidden = true)
    public Response merge(@PathParam("id") long id, @FormParam("target") String target) {
        long into;
        try {
            into = Long.parseLong(target == null ? "" : target.strip().replaceFirst("^.*/t/", "").replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("target", "validation.merge.target");
        }
        suggestions.merge(id, into);
        return Response.seeOther(URI.create("/t/" + into)).build();
    }

    @POST
    @Path("posts/{postId: [0-9]+}/accept")
    @Operation(hidden = true)
    public Response accept(@PathParam("id") long id, @PathParam("postId") long postId, @FormParam("undo") String undo) {
        if ("yes".equals(undo)) {
            answers.unaccept(postId);
        } else {
            answers.accept(postId);
        }
        return Response.seeOther(URI.create("/t/" + id + "#post-" + postId)).build();
    }

    @POST
    @Path("posts/{postId: [0-9]+}/vote")
    @Operation(hidden = true)
    public Response votePost(@PathParam("id") long id, @PathParam("postId") long postId, @FormParam("undo") String undo) {
        votes.votePost(postId, !"yes".equals(undo));
        return Response.seeOther(URI.create("/t/" + id + "#post-" + postId)).build();
    }

    @POST
    @Path("vote")
    @Operation(hidden = true)
    public Response voteThread(@PathParam("id") long id, @FormParam("undo") String undo) {
        votes.voteThread(id, !"yes".equals(undo));
        return Response.seeOther(URI.create("/t/" + id)).build();
    }

    @POST
    @Path("reply")
    @Operation(hidden = true)
    public Response reply(@PathParam("id") long id, @FormParam("body") String body, @FormParam("key") String key,
            @FormParam("confirmPersonalData") String confirmed, @FormParam("action") String action) {
        caller.require();
        if ("draft".equals(action)) {
            drafts.save("thread-" + id, null, body);
            return Response.ok(lastPage(id, body, Map.of(), key).with("draftSaved", true)).build();
        }
        Set<PersonalData.Kind> personal = PersonalData.kinds(body == null ? "" : body);
        if (!personal.isEmpty() && !"yes".equals(confirmed)) {
            return Response.ok(lastPage(id, body, Map.of(), key)
                    .with("personalData", personal.stream().map(Enum::name).toList())).build();
        }
        try {
            Post post = threads.reply(id, body, key);
            drafts.discard("thread-" + id);
            return Response.seeOther(URI.create(post.url())).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(lastPage(id, body, Forms.messages(e.errors(), visitor), key)).build();
        }
    }

    /** The last page of the thread with the reply form holding what was typed. */
    private View lastPage(long id, String body, Map<String, List<String>> errors, String key) {
        ThreadView thread = threads.view(id, 0);
        int last = thread.pages() - 1;
        return view(last == 0 ? thread : threads.view(id, last), body == null ? "" : body, errors).with("key", key);
    }

    @GET
    @Path("posts/{postId: [0-9]+}/original")
    @Operation(hidden = true)
    public View original(@PathParam("id") long id, @PathParam("postId") long postId) {
        caller.require();
        try {
            return originalView(threads.original(id, postId, null));
        } catch (InvalidInput reasonNeeded) {
            // staff looking at someone else's post: ask why first (nothing is shown or logged yet)
            return View.of("reveal").with("thread", threads.view(id, 0).thread()).with("postId", postId)
                    .with("errors", Map.of()).with("reason", "");
        }
    }

    @POST
    @Path("posts/{postId: [0-9]+}/original")
    @Operation(hidden = true)
    public Response reveal(@PathParam("id") long id, @PathParam("postId") long postId, @FormParam("reason") String reason) {
        caller.require();
        try {
            return Response.ok(originalView(threads.original(id, postId, reason))).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(View.of("reveal").with("thread", threads.view(id, 0).thread())
                    .with("postId", postId).with("reason", reason == null ? "" : reason)
                    .with("errors", Forms.messages(e.errors(), visitor))).build();
        }
    }

    private static View originalView(ThreadService.Original original) {
        return View.of("original").with("thread", original.thread()).with("post", original.post())
                .with("title", original.title()).with("html", original.html());
    }

    private View view(ThreadView thread, String draft, Map<String, List<String>> errors) {
        var authors = accounts.authors(thread.posts().stream().map(Post::authorId).distinct().toList());
        ForumThread t = thread.thread();
        boolean asker = caller.signedIn() && caller.require().id() == t.authorId();
        boolean mayAccept = t.kind() == ThreadKind.QUESTION && (thread.moderates()
                || asker && thread.board().askerMayAccept() && !t.acceptedByStaff());
        Post accepted = t.acceptedPostId() == null ? null
                : thread.posts().stream().filter(p -> p.id().equals(t.acceptedPostId())).findFirst().orElse(null);
        return View.of("thread").with("thread", t).with("board", thread.board()).with("posts", thread.posts())
                .with("accepted", accepted).with("mayAccept", mayAccept).with("moderates", thread.moderates())
                .with("canRetag", thread.moderates() || asker && !t.locked())
                .with("moveTargets", thread.moderates() ? boards.moderated().stream()
                        .filter(b -> !b.id().equals(t.boardId())).toList() : List.of())
                .with("statuses", List.of(SuggestionStatus.values()).stream().map(SuggestionStatus::key).toList())
                .with("myVotes", votes.myVotes(thread.posts().stream().map(Post::id).toList()))
                .with("votedThread", t.kind() == ThreadKind.SUGGESTION && votes.votedForThread(t.id()))
                .with("following", follows.follows(FollowService.THREAD, t.id()))
                .with("authors", authors).with("page", thread.page()).with("pages", thread.pages())
                .with("canReply", thread.canReply()).with("draft", draft).with("errors", errors)
                .with("key", UUID.randomUUID().toString())
                .with("notes", threadNotes.stream().flatMap(n -> n.notes(t.id(), t.solved()).stream()).toList());
    }
}
