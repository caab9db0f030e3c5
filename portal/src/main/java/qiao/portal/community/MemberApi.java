package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.PublicProfile;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/** People's public profiles for API clients, with the threads they started that the caller may read. */
@Path("api/v1/users/{username}")
@RequestScoped
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "community")
@Produces(MediaType.APPLICATION_JSON)
public class MemberApi {

    /** A public profile and a page of the threads the person started (personal data in names and bio masked). */
    public record Member(String username, String displayName, String bio, Instant joinedAt, boolean staff,
            BoardApi.ThreadPage threads, String url) {
    }

    @Inject
    AccountService accounts;

    @Inject
    ThreadLists lists;

    @GET
    @Operation(summary = "A person's public profile and the threads they started, latest activity first (30 a page)")
    @APIResponse(responseCode = "200", description = "The profile; pass threads.next as cursor for more threads")
    @APIResponse(responseCode = "400", description = "A cursor that is not one of this list's")
    @APIResponse(responseCode = "404", description = "No such person")
    public Member member(@PathParam("username") String username, @QueryParam("cursor") String cursor) {
        PublicProfile member = accounts.profile(username).orElseThrow(Refusal::notFound);
        FieldErrors errors = new FieldErrors();
        ThreadCursor after = ThreadCursor.parse(cursor, ThreadOrder.LATEST, "cursor", errors);
        errors.throwIfAny();
        ThreadLists.AcrossBoards page = lists.byAuthor(member.id(), after);
        return new Member(member.username(), member.displayName(), member.bio(), member.joinedAt(), member.staff(),
                new BoardApi.ThreadPage(BoardApi.ThreadSummary.of(page.threads(), accounts),
                        page.next() == null ? null : page.next().encode()), "/u/" + member.username());
    }
}
