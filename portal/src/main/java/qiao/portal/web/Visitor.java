package qiao.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import qiao.portal.platform.SiteConfig;

/**
 * The person behind the current request, as the web layer sees them: language, time zone, theme and
 * CSRF token. The language is the profile's, then the language cookie's, then Accept-Language's.
 */
@RequestScoped
public class Visitor {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    @Inject
    CallerPreferences caller;

    @Inject
    SiteConfig config;

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    Themes themes;

    @Inject
    Proxies proxies;

    private Locale locale;
    private String csrfCookie;
    private boolean csrfCookieMinted;

    public Locale locale() {
        if (locale == null) {
            locale = caller.language()
                    .or(() -> Languages.match(cookie(Cookies.LANGUAGE).orElse(null)))
                    .or(() -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")))
                    .orElse(Languages.DEFAULT);
        }
        return locale;
    }

    public ZoneId zone() {
        return caller.timeZone().orElseGet(config::defaultZone);
    }

    public String theme() {
        return caller.theme().filter(themes::exists).orElseGet(config::defaultTheme);
    }

    /** The token forms of this page carry; it is bound to this browser's CSRF cookie and session. */
    public String csrfToken() {
        return csrfTokens.tokenFor(csrfCookie(), cookie(Cookies.SESSION).orElse(""));
    }

    /** The browser's CSRF cookie value, made now if it has none (the response then sets it). */
    public String csrfCookie() {
        if (csrfCookie == null) {
            csrfCookie = cookie(Cookies.CSRF).filter(v -> v.length() >= 32).orElseGet(() -> {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                csrfCookieMinted = true;
                return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            });
        }
        return csrfCookie;
    }

    public boolean csrfCookieMinted() {
        return csrfCookieMinted;
    }

    public boolean secure() {
        return config.secureCookies() || request.isSecure();
    }

    /** The client's address: the peer's, or behind a trusted proxy the address it forwards for. */
    public String address() {
        return proxies.trusted().client(request.getRemoteAddr(), java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /**
     * The host (and port) the browser addressed: the Host header, or behind a trusted proxy the
     * first X-Forwarded-Host. What an Origin or Referer must name for a request to be from this site.
     */
    public String host() {
        String forwarded = request.getHeader("X-Forwarded-Host");
        if (forwarded != null && !forwarded.isBlank() && proxies.trusted().trusts(request.getRemoteAddr())) {
            return forwarded.split(",")[0].strip();
        }
        String host = request.getHeader("Host");
        return host == null ? "" : host.strip();
    }

    public Optional<String> cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name) && c.getValue() != null && !c.getValue().isEmpty()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The text of a bundle key in this visitor's language. */
    public String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }
}
