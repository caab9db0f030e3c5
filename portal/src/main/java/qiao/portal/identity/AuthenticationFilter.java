package qiao.portal.identity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import qiao.portal.web.Cookies;
import qiao.portal.web.Refusal;
import qiao.portal.web.Visitor;

/**
 * Finds the caller of each request: an API client by its bearer token, a person by the session
 * cookie. A bearer token that is not (or no longer) valid is refused outright, so API clients learn
 * at once that they must get a new one; a stale session cookie just means "not signed in".
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Inject
    AuthTokens tokens;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            Account account = tokens.resolve(token, AuthToken.Kind.API).orElseThrow(Refusal::notSignedIn);
            caller.signedInAs(account, token);
            return;
        }
        visitor.cookie(Cookies.SESSION).ifPresent(token ->
                tokens.resolve(token, AuthToken.Kind.SESSION).ifPresent(account -> caller.signedInAs(account, token)));
    }
}
