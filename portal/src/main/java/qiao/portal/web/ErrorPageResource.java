package qiao.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The container's error page (see web.xml): errors raised outside JAX-RS, such as a refused
 * oversized body, get the same themed page or problem detail as every other error.
 */
@Path("error-page")
@RequestScoped
public class ErrorPageResource {

    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 413, 414, 415, 431, 500);

    @Inject
    HttpServletRequest request;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public Response onGet() {
        return show();
    }

    @POST
    @Operation(hidden = true)
    public Response onPost() {
        return show();
    }

    @PUT
    @Operation(hidden = true)
    public Response onPut() {
        return show();
    }

    @PATCH
    @Operation(hidden = true)
    public Response onPatch() {
        return show();
    }

    @DELETE
    @Operation(hidden = true)
    public Response onDelete() {
        return show();
    }

    private Response show() {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String key = "error." + (KNOWN.contains(status) ? status : status >= 500 ? 500 : 400);
        String title = visitor.text(key + ".title");
        Object reason = request.getAttribute(RequestLineFilter.REASON);
        String detail = reason != null ? visitor.text(reason.toString())
                : status >= 500 ? visitor.text(key + ".detail", "-") : visitor.text(key + ".detail");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "/" : uri.toString();
        if (ApiPaths.isApi(path)) {
            return Response.status(status).type(Problem.MEDIA_TYPE).language(visitor.locale())
                    .entity(new Problem("about:blank", title, status, detail, path, List.of())).build();
        }
        View page = View.of("error").with("status", status).with("title", title).with("detail", detail)
                .with("fieldErrors", List.of());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
