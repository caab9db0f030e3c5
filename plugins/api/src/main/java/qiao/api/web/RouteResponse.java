package qiao.api.web;

import java.util.Map;

/**
 * What a {@link Route} answers: a page of the plugin's own Pebble template inside the site's layout, JSON, a
 * redirect within the site, or a status with a message the portal shows as its error page (or problem details).
 */
public sealed interface RouteResponse {

    /**
     * A page: {@code templates/<template>.peb} from the plugin's jar, rendered by the site's theme engine. The template
     * usually begins with {@code {% extends "layout" %}} and fills {@code title} and {@code content}; everything is
     * escaped, {@code t('key')} reads the portal's texts and {@code pt('key')} the plugin's. The names the site gives
     * every page ({@code lang}, {@code me}, {@code banner}, {@code siteName}, {@code csrf}…) stay the site's: a model
     * value under such a name is not seen.
     */
    record Page(String template, Map<String, Object> model) implements RouteResponse {
        public Page {
            model = Map.copyOf(model);
        }
    }

    /** JSON: records, maps, lists, strings, numbers and booleans, written by the portal. */
    record Json(int status, Object body) implements RouteResponse {
    }

    /** A 303 to a path of this site (never another site). */
    record Redirect(String path) implements RouteResponse {
        public Redirect {
            if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                throw new IllegalArgumentException("a redirect goes to a path of this site: " + path);
            }
        }
    }

    /** An error: 400, 403, 404, 409… with a message for the person, in their language. */
    record Status(int status, String message) implements RouteResponse {
    }

    static RouteResponse page(String template, Map<String, Object> model) {
        return new Page(template, model);
    }

    static RouteResponse json(Object body) {
        return new Json(200, body);
    }

    static RouteResponse redirect(String path) {
        return new Redirect(path);
    }

    static RouteResponse status(int status, String message) {
        return new Status(status, message);
    }

    static RouteResponse notFound() {
        return new Status(404, "");
    }
}
