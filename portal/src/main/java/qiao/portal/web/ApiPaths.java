package qiao.portal.web;

import jakarta.ws.rs.core.UriInfo;

/** Tells the JSON API (under /api/) from the pages people read. */
final class ApiPaths {

    public static final String PREFIX = "api/";

    private ApiPaths() {
    }

    public static boolean isApi(UriInfo uri) {
        return isApi(uri.getPath(false));
    }

    public static boolean isApi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith(PREFIX);
    }
}
