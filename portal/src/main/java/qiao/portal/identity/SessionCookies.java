package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import qiao.portal.web.Cookies;
import qiao.portal.web.Visitor;

/**
 * Browser sign-in: a fresh random session token in an HttpOnly, SameSite=Lax cookie. Every sign-in
 * makes a new token, so a session id planted before sign-in is worth nothing after it.
 */
@ApplicationScoped
public class SessionCookies {

    @Inject
    AuthTokens tokens;

    @Inject
    Visitor visitor;

    @Inject
    Caller caller;

    public NewCookie signIn(Account account) {
        visitor.cookie(Cookies.SESSION).ifPresent(tokens::revoke);
        String token = tokens.issue(account.id(), AuthToken.Kind.SESSION, null);
        return Cookies.of(Cookies.SESSION, token, AuthToken.Kind.SESSION.lifetime(), visitor.secure());
    }

    public NewCookie signOut() {
        caller.token().ifPresent(tokens::revoke);
        return Cookies.expired(Cookies.SESSION, visitor.secure());
    }
}
