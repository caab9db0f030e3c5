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
import qiao.portal.web.View;

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

    @GET
    @Operation(hidden = true)
    public View index() {
        return View.of("tags").with("tags", tags.visible());
    }

    @GET
    @Path("{name}")
    @Operation(hidden = true)
    public View tag(@PathParam("name") String name, @QueryParam("after") String after) {
        ThreadLists.Tagged page = lists.tagged(name, ThreadCursor.decode(after, ThreadOrder.LATEST).orElse(null));
        return View.of("tag").with("tag", page.tag()).with("threads", page.threads()).with("boards", page.boards())
                .with("authors", accounts.authors(page.threads().stream().map(ForumThread::authorId).toList()))
                .with("next", page.next() == null ? null : page.next().encode());
    }
}
