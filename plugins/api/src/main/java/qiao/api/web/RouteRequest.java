package qiao.api.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import qiao.api.plugin.Viewer;

/**
 * A call of a {@link Route}.
 *
 * @param path       the path under the plugin's, such as {@code /preview}
 * @param pathParams the values of the route's {@code {name}} segments
 * @param query      the query's parameters
 * @param form       a POST's form fields (URL-encoded forms), without the CSRF token
 */
public record RouteRequest(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
        Map<String, List<String>> form, Viewer viewer) {

    public RouteRequest {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        form = Map.copyOf(form);
    }

    /** The first value of a query parameter. */
    public Optional<String> query(String name) {
        return first(query, name);
    }

    /** The first value of a form field. */
    public Optional<String> form(String name) {
        return first(form, name);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
