package qiao.portal.web;

import java.net.URI;

/** Redirect targets taken from a request ("next", "back") may only point inside this site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** The path if it is a local one such as "/profile?tab=1"; otherwise "/". */
    public static URI local(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return URI.create("/");
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getAuthority() == null ? uri : URI.create("/");
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
