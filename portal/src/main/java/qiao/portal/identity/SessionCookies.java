package qiao.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import qiao.portal.web.Cookies;
import qiao.portal.web.Visitor;

/**
 * Browser sign-in: a fresh random session token in an HttpOnly, SameSite=Lax cookie. Every sign-in
 * makes a new token, so a session id planted before sign-in is worth nothing after it.
 */
@ApplicationScoped
class SessionCookies {

    @Inject
    AuthTokens tokens;

    @Inject
    Visitor visitor;

    @Inject
    Caller caller;

    /** The Set-Cookie value of a new session for the account (any previous one of this browser ends). */
    public String signIn(Account account) {
        visitor.cookie(Cookies.SESSION).ifPresent(tokens::revoke);
        String token = tokens.issue(account.id(), AuthToken.Kind.SESSION, null).token();
        return Cookies.of(Cookies.SESSION, token, AuthToken.Kind.SESSION.lifetime(), visitor.secure());
    }

    /** Ends the current session; the Set-Cookie value clears the cookie. */
    public String signOut() {
        caller.token().ifPresent(tokens::revoke);
        return Cookies.expired(Cookies.SESSION, visitor.secure());
    }
}
