package qiao.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.Languages;
import qiao.portal.web.Visitor;

/** Sign-up and "who am I" for API clients. */
@Path("api/v1")
@RequestScoped
@Tag(name = "accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    /** A sign-up request. */
    public record NewAccount(String username, String email, String password) {
    }

    /** An account as its owner sees it. */
    public record Me(long id, String username, String displayName, String email, List<String> roles,
            String language, String timeZone, Instant createdAt) {
        static Me of(Account a) {
            return new Me(a.id(), a.username(), a.displayName(), a.email(), a.roles().stream().map(Role::key).toList(),
                    Languages.tag(a.language()), a.timeZone(), a.createdAt());
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in `errors`")
    @APIResponse(responseCode = "409", description = "Username or e-mail address taken")
    public Response signUp(NewAccount body) {
        Account account = accounts.signUp(new SignUp(body.username(), body.email(), body.password()),
                visitor.locale(), visitor.zone());
        return Response.created(URI.create("/api/v1/me")).entity(Me.of(account)).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own account, with roles")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Not authenticated")
    public Me me() {
        return Me.of(caller.requireAccount());
    }
}
