package qiao.portal.web;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Keeps the OpenAPI document to the JSON API: the HTML pages are for browsers, not API clients. */
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/" + ApiPaths.PREFIX))
                .toList();
        pages.forEach(openAPI.getPaths()::removePathItem);
    }
}
