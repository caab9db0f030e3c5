package qiao.portal.community;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Caller;
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

    @GET
    @Operation(hidden = true)
    public View show(@PathParam("id") long id, @QueryParam("page") int page) {
        return view(threads.view(id, page), "", Map.of());
    }

    @POST
    @Path("reply")
    @Operation(hidden = true)
    public Response reply(@PathParam("id") long id, @FormParam("body") String body, @FormParam("key") String key) {
        caller.require();
        try {
            Post post = threads.reply(id, body, key);
            int page = post.position() / ThreadService.POSTS_PER_PAGE;
            return Response.seeOther(URI.create("/t/" + id + (page > 0 ? "?page=" + page : "") + "#post-" + post.id())).build();
        } catch (InvalidInput e) {
            ThreadView thread = threads.view(id, 0);
            int last = thread.pages() - 1;
            return Response.status(400).entity(view(last == 0 ? thread : threads.view(id, last), body == null ? "" : body,
                    Forms.messages(e.errors(), visitor)).with("key", key)).build();
        }
    }

    private View view(ThreadView thread, String draft, Map<String, List<String>> errors) {
        var authors = accounts.authors(thread.posts().stream().map(Post::authorId).distinct().toList());
        return View.of("thread").with("thread", thread.thread()).with("board", thread.board()).with("posts", thread.posts())
                .with("authors", authors).with("page", thread.page()).with("pages", thread.pages())
                .with("canReply", thread.canReply()).with("draft", draft).with("errors", errors)
                .with("key", UUID.randomUUID().toString());
    }
}
