package qiao.portal.identity;

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
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.View;

/** Admin: find accounts and grant or revoke the roles staff, moderator and admin. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class AdminUsersPage {

    static final int PAGE_SIZE = 50;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @GET
    @Operation(hidden = true)
    public View list(@QueryParam("q") String query, @QueryParam("page") int page, @QueryParam("erased") String erased) {
        caller.require(Role.ADMIN);
        int p = Math.max(page, 0);
        List<Account> found = accounts.list(query == null ? "" : query, p * PAGE_SIZE, PAGE_SIZE + 1);
        List<Map<String, Object>> rows = found.stream().limit(PAGE_SIZE).map(a -> Map.<String, Object>of(
                "id", a.id(), "username", a.username(), "displayName", PersonalData.mask(a.displayName()), "email", a.email(),
                "createdAt", a.createdAt(), "roles", a.roles().stream().map(Role::key).toList())).toList();
        return View.of("admin-users").with("accounts", rows).with("q", query == null ? "" : query).with("page", p)
                .with("erased", erased != null).with("hasMore", found.size() > PAGE_SIZE)
                .with("grantable", Arrays.stream(Role.values()).filter(r -> r != Role.USER).map(Role::key).toList());
    }

    @POST
    @Path("{id}/roles")
    @Operation(hidden = true)
    public Response setRole(@PathParam("id") long id, @FormParam("role") String role, @FormParam("action") String action,
            @FormParam("q") String query, @FormParam("confirmed") String confirmed) {
        caller.require(Role.ADMIN);
        Role r = Role.fromKey(role).orElseThrow(() -> InvalidInput.of("role", "validation.role"));
        if (!"grant".equals(action) && !"revoke".equals(action)) {
            throw InvalidInput.of("action", "validation.role.action");
        }
        if (r == Role.ADMIN && "grant".equals(action) && !"yes".equals(confirmed)) {
            // the whole site changes hands with this one: it is asked for twice
            Account account = accounts.find(id).orElseThrow(qiao.portal.web.Refusal::notFound);
            return Response.ok(View.of("admin-confirm").with("id", id).with("username", account.username())
                    .with("displayName", PersonalData.mask(account.displayName())).with("q", query == null ? "" : query))
                    .build();
        }
        accounts.setRole(id, r, "grant".equals(action));
        return Response.seeOther(UriBuilder.fromPath("/admin/users").queryParam("q", query == null ? "" : query).build())
                .build();
    }
}
