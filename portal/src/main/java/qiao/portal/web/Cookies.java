package qiao.portal.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The cookies Qiao sets. All are HttpOnly and SameSite=Lax; none is readable by scripts. */
public final class Cookies {

    public static final String SESSION = "qiao_session";
    public static final String CSRF = "qiao_csrf";
    public static final String LANGUAGE = "qiao_lang";

    private Cookies() {
    }

    /** A cookie for the whole site; a null maxAge makes it last as long as the browser session. */
    public static NewCookie of(String name, String value, Duration maxAge, boolean secure) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge == null ? NewCookie.DEFAULT_MAX_AGE : (int) maxAge.toSeconds())
                .build();
    }

    public static NewCookie expired(String name, boolean secure) {
        return new NewCookie.Builder(name).value("").path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
