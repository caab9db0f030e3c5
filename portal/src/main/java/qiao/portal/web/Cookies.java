package qiao.portal.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The cookies Qiao sets, as plain RFC 6265 Set-Cookie values (JAX-RS's NewCookie adds the obsolete
 * "Version=1", which makes some clients quote the value). All are HttpOnly and SameSite=Lax.
 */
public final class Cookies {

    public static final String SESSION = "qiao_session";
    public static final String CSRF = "qiao_csrf";
    public static final String LANGUAGE = "qiao_lang";

    private Cookies() {
    }

    /** A Set-Cookie value for the whole site; a null maxAge makes it last as long as the browser session. */
    public static String of(String name, String value, Duration maxAge, boolean secure) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAge != null) {
            // Expires as well as Max-Age: clients that see Max-Age alone (java.net.HttpCookie among
            // them) take the cookie for an RFC 2965 one and send it back quoted, with $Version.
            cookie.append("; Max-Age=").append(maxAge.toSeconds()).append("; Expires=")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(maxAge)));
        }
        cookie.append("; HttpOnly; SameSite=Lax");
        if (secure) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }

    public static String expired(String name, boolean secure) {
        return name + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
