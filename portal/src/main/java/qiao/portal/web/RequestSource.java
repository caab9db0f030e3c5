package qiao.portal.web;

import java.net.URI;
import java.util.Locale;

/**
 * Where a state-changing request came from, as the browser tells it: Sec-Fetch-Site first (the
 * browser's own verdict, which no page can forge), else the Origin header, else the Referer. OWASP's
 * defence in depth beside the CSRF token: a request from another site is refused even with a token.
 */
enum RequestSource {
    /** A page of this very site sent it. */
    THIS_SITE,
    /** Another site (or an opaque origin, such as a sandboxed frame or a redirect) sent it. */
    ANOTHER_SITE,
    /** No browser headers say (not a browser, or a very old one). */
    UNKNOWN;

    /**
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param origin    the Origin header, or null
     * @param referer   the Referer header, or null
     * @param host      the host (and port) this site was addressed as
     */
    public static RequestSource of(String fetchSite, String origin, String referer, String host) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            return switch (fetchSite.strip().toLowerCase(Locale.ROOT)) {
                case "same-origin" -> THIS_SITE;
                case "none" -> UNKNOWN;
                default -> ANOTHER_SITE;
            };
        }
        if (origin != null && !origin.isBlank()) {
            return sameHost(origin, host) ? THIS_SITE : ANOTHER_SITE;
        }
        if (referer != null && !referer.isBlank()) {
            return sameHost(referer, host) ? THIS_SITE : ANOTHER_SITE;
        }
        return UNKNOWN;
    }

    private static boolean sameHost(String url, String host) {
        try {
            String authority = URI.create(url.strip()).getRawAuthority();
            return authority != null && !host.isEmpty() && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }
}
