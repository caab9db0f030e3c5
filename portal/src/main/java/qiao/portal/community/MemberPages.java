package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.PublicProfile;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** A person's public page: who they are, what they say about themselves, and the threads they started. */
@Path("u/{username}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class MemberPages {

    @Inject
    AccountService accounts;

    @Inject
    ThreadLists lists;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View profile(@PathParam("username") String username, @QueryParam("after") String after) {
        PublicProfile member = accounts.profile(username).orElseThrow(Refusal::notFound);
        FieldErrors refused = new FieldErrors();
        ThreadLists.AcrossBoards page = lists.byAuthor(member.id(),
                ThreadCursor.parse(after, ThreadOrder.LATEST, "after", refused));
        return View.of("member").with("member", member).with("threads", page.threads()).with("boards", page.boards())
                .with("authors", accounts.authors(List.of(member.id())))
                .with("next", page.next() == null ? null : page.next().encode())
                .with("refused", refused.all().stream().map(e -> visitor.text(e.messageKey())).toList());
    }
}
