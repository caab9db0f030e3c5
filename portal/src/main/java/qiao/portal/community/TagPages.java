package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** Every tag, and one tag's threads across the boards the visitor may read. */
@Path("tags")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class TagPages {

    @Inject
    TagService tags;

    @Inject
    ThreadLists lists;

    @Inject
    AccountService accounts;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View index() {
        return View.of("tags").with("tags", tags.visible());
    }

    @GET
    @Path("{name}")
    @Operation(hidden = true)
    public View tag(@PathParam("name") String name, @QueryParam("after") String after) {
        FieldErrors refused = new FieldErrors();
        ThreadLists.AcrossBoards page = lists.tagged(name, ThreadCursor.parse(after, ThreadOrder.LATEST, "after", refused));
        return View.of("tag").with("tag", page.tag()).with("threads", page.threads()).with("boards", page.boards())
                .with("authors", accounts.authors(page.threads().stream().map(ForumThread::authorId).toList()))
                .with("next", page.next() == null ? null : page.next().encode())
                .with("refused", refused.all().stream().map(e -> visitor.text(e.messageKey(), e.args().toArray())).toList());
    }
}
