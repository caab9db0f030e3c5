package qiao.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.SafeRedirects;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** The sign-up, sign-in and sign-out pages. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @Inject
    AccountService accounts;

    @Inject
    SessionCookies sessions;

    @Inject
    Visitor visitor;

    @GET
    @Path("signup")
    @Operation(hidden = true)
    public View signUpForm() {
        return signUpView(Map.of(), Map.of());
    }

    @POST
    @Path("signup")
    @Operation(hidden = true)
    public Response signUp(@FormParam("username") String username, @FormParam("email") String email,
            @FormParam("password") String password, @FormParam("passwordAgain") String passwordAgain) {
        Map<String, String> typed = Map.of("username", nz(username), "email", nz(email));
        if (password != null && !password.equals(passwordAgain)) {
            return Response.status(400).entity(signUpView(typed,
                    Forms.message("passwordAgain", visitor.text("validation.password.again")))).build();
        }
        try {
            Account account = accounts.signUp(new SignUp(username, email, password), visitor.locale(), visitor.zone());
            return Response.seeOther(java.net.URI.create("/?welcome=1")).header(HttpHeaders.SET_COOKIE, sessions.signIn(account)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(signUpView(typed, Forms.messages(e.errors(), visitor))).build();
        } catch (Taken e) {
            return Response.status(409).entity(signUpView(typed,
                    Forms.message(e.field(), visitor.text(e.detailKey())))).build();
        }
    }

    private View signUpView(Map<String, String> typed, Map<String, List<String>> errors) {
        return View.of("signup").with("form", typed).with("errors", errors);
    }

    @GET
    @Path("signin")
    @Operation(hidden = true)
    public View signInForm(@QueryParam("next") String next) {
        return View.of("signin").with("form", Map.of("username", "")).with("next", SafeRedirects.local(next).toString());
    }

    @POST
    @Path("signin")
    @Operation(hidden = true)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next) {
        String target = SafeRedirects.local(next).toString();
        try {
            Account account = accounts.authenticate(username, password, visitor.address());
            return Response.seeOther(java.net.URI.create(target)).header(HttpHeaders.SET_COOKIE, sessions.signIn(account)).build();
        } catch (Refusal refused) {
            View page = View.of("signin").with("form", Map.of("username", nz(username))).with("next", target)
                    .with("failure", visitor.text(refused.detailKey(), refused.args().toArray()));
            Response.ResponseBuilder response = Response.status(refused.status()).entity(page);
            refused.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
            return response.build();
        }
    }

    @POST
    @Path("signout")
    @Operation(hidden = true)
    public Response signOut() {
        return Response.seeOther(java.net.URI.create("/")).header(HttpHeaders.SET_COOKIE, sessions.signOut()).build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
