package qiao.portal.community;

import qiao.portal.content.WritingRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
import qiao.portal.privacy.PersonalData;
import qiao.portal.search.Deflections;
import qiao.portal.search.SearchService;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** A board's thread list and the composer for a new thread. */
@Path("b/{slug}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class BoardPages {

    @Inject
    ThreadService threads;

    @Inject
    ThreadLists lists;

    @Inject
    BoardService boards;

    @Inject
    AnnouncementService announcements;

    @Inject
    FollowService follows;

    @Inject
    DraftService drafts;

    @Inject
    TagService tags;

    @Inject
    BoardModerators moderators;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Inject
    SearchService search;

    @Inject
    Deflections deflections;

    @GET
    @Operation(hidden = true)
    public View list(@PathParam("slug") String slug, @QueryParam("after") String after, @QueryParam("sort") String sort,
            @QueryParam("kind") String kind, @QueryParam("solved") String solved, @QueryParam("status") String status,
            @QueryParam("tag") String tag) {
        FieldErrors refused = new FieldErrors();
        ThreadFilter filter = ThreadFilter.of(sort, kind, solved, status, tag, refused);
        ThreadList page = lists.board(slug, filter, ThreadCursor.parse(after, filter.order(), "after", refused));
        var authors = accounts.authors(page.threads().stream().map(ForumThread::authorId).toList());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("sort", "unsolved".equals(sort) ? "unsolved" : filter.order().key());
        query.put("kind", filter.kind() == null || "unsolved".equals(sort) ? "" : filter.kind().key());
        query.put("solved", filter.solved() == null || "unsolved".equals(sort) ? "" : filter.solved() ? "yes" : "no");
        query.put("status", filter.status() == null ? "" : filter.status().key());
        query.put("tag", filter.tag() == null ? "" : filter.tag());
        List<ForumThread> pinned = after == null ? announcements.pinned(page.board().id()) : List.of();
        // a pinned thread is shown once, on top, not again further down the same page
        List<ForumThread> threads = page.threads().stream().filter(t -> pinned.stream().noneMatch(p -> p.id().equals(t.id())))
                .toList();
        return View.of("board").with("board", page.board()).with("threads", threads).with("authors", authors)
                .with("pinned", pinned).with("moderators", moderators.of(page.board().id())).with("following", follows.follows(FollowService.BOARD, page.board().id()))
                .with("next", page.next() == null ? null : page.next().encode()).with("canStart", page.canStart())
                .with("query", query).with("kinds", List.of(ThreadKind.values()).stream().map(ThreadKind::key).toList())
                .with("statuses", List.of(SuggestionStatus.values()).stream().map(SuggestionStatus::key).toList())
                .with("refused", refused.all().stream().map(e -> visitor.text(e.messageKey(), e.args().toArray())).toList());
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public View composer(@PathParam("slug") String slug, @QueryParam("title") String title) {
        caller.require();
        Board board = boards.readable(slug);
        return drafts.load("board-" + slug)
                .map(d -> composerView(board, typed(d.title(), d.body(), d.kind() == null ? "question" : d.kind(), d.tags(), "", ""),
                        Map.of()).with("fromDraft", true))
                .orElseGet(() -> composerView(board, typed(title, "", "question", "", "", ""), Map.of()));
    }

    @POST
    @Path("follow")
    @Operation(hidden = true)
    public Response follow(@PathParam("slug") String slug, @FormParam("undo") String undo) {
        follows.followBoard(slug, !"yes".equals(undo));
        return Response.seeOther(URI.create("/b/" + slug)).build();
    }

    @POST
    @Path("new")
    @Operation(hidden = true)
    public Response start(@PathParam("slug") String slug, @FormParam("title") String title,
            @FormParam("body") String body, @FormParam("kind") String kind, @FormParam("tags") String tags,
            @FormParam("key") String key, @FormParam("deflection") String deflection,
            @FormParam("confirmPersonalData") String confirmed, @FormParam("action") String action) {
        caller.require();
        Map<String, String> typed = typed(title, body, kind, tags, key, deflection);
        if ("draft".equals(action)) {
            drafts.save("board-" + slug, title, body, kind, tags);
            return Response.ok(composerView(boards.readable(slug), typed, Map.of()).with("draftSaved", true)).build();
        }
        if ("similar".equals(action)) {
            return Response.ok(withSimilar(composerView(boards.readable(slug), typed, Map.of()), title, body, deflection)).build();
        }
        Set<PersonalData.Kind> personal = PersonalData.kinds(nz(title) + "\n" + nz(body));
        if (!personal.isEmpty() && !"yes".equals(confirmed)) {
            return Response.ok(composerView(boards.readable(slug), typed, Map.of())
                    .with("personalData", personal.stream().map(Enum::name).toList())
                    .with("maskedTitle", PersonalData.mask(nz(title)))).build();
        }
        try {
            ForumThread thread = threads.start(slug, new NewThread(title, body, kind, WritingRules.splitNames(tags), key));
            drafts.discard("board-" + slug);
            deflections.posted(deflection, thread.id());
            return Response.seeOther(URI.create("/t/" + thread.id())).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(composerView(boards.readable(slug), typed, Forms.messages(e.errors(), visitor))).build();
        }
    }

    /** The composer with the solved questions like the one being written (asked for without JavaScript). */
    private View withSimilar(View composer, String title, String body, String deflection) {
        try {
            List<SearchService.Hit> similar = search.similar(title, body);
            deflections.shown(deflection, similar.size());
            return composer.with("similar", similar).with("checked", true);
        } catch (Refusal unavailable) {
            return composer.with("searchUnavailable", visitor.text(unavailable.detailKey()));
        }
    }

    private static Map<String, String> typed(String title, String body, String kind, String tags, String key, String deflection) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("title", nz(title));
        typed.put("body", nz(body));
        typed.put("kind", nz(kind));
        typed.put("tags", nz(tags));
        typed.put("key", nz(key));
        typed.put("deflection", nz(deflection));
        return typed;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private View composerView(Board board, Map<String, String> typed, Map<String, List<String>> errors) {
        Map<String, String> form = new LinkedHashMap<>(typed);
        form.putIfAbsent("key", UUID.randomUUID().toString());
        if (form.get("key").isEmpty()) {
            form.put("key", UUID.randomUUID().toString());
        }
        if (form.getOrDefault("deflection", "").isEmpty()) {
            form.put("deflection", deflections.newToken());
        }
        List<String> kinds = List.of(ThreadKind.values()).stream()
                .filter(k -> k != ThreadKind.ANNOUNCEMENT || caller.isStaff()).map(ThreadKind::key).toList();
        return View.of("compose").with("board", board).with("form", form).with("errors", errors).with("kinds", kinds)
                .with("managedTags", tags.managed().stream().filter(t -> !t.staffOnly() || moderators.moderates(board.id()))
                        .toList());
    }
}
