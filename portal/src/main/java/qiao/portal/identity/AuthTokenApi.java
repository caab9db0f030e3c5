package qiao.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Visitor;

/** API tokens: trade a username and password for a bearer token, and revoke it again. */
@Path("api/v1/auth/token")
@RequestScoped
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthTokenApi {

    /** Sign-in credentials. */
    public record Credentials(String username, String password) {
    }

    @Inject
    AccountService accounts;

    @Inject
    AuthTokens tokens;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token", description = "Rate limited per account and per address.")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts")
    public AuthTokens.Issued issue(Credentials credentials) {
        if (credentials.username() == null || credentials.password() == null) {
            throw InvalidInput.of(credentials.username() == null ? "username" : "password", "validation.required");
        }
        Account account = accounts.authenticate(credentials.username(), credentials.password(), visitor.address());
        return tokens.issue(account.id(), AuthToken.Kind.API, "api");
    }

    @DELETE
    @Operation(summary = "Revoke the bearer token of this request")
    @APIResponse(responseCode = "204", description = "Revoked; the token no longer works")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response revoke() {
        caller.require();
        caller.token().ifPresent(tokens::revoke);
        return Response.noContent().build();
    }
}
