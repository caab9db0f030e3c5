package qiao.portal.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every state-changing request must come from this site (as Sec-Fetch-Site, Origin or Referer tell)
 * and carry the CSRF token of the page it came from: in the form field {@value #FIELD}, or in the
 * header {@value #HEADER} for scripts. A request another site sent is refused even with a token.
 *
 * <p>API calls are exempt when a forged cross-site request could not be one of them: when they
 * authenticate with a bearer token, carry no session cookie, or are not "simple" requests (a JSON
 * body, PUT, PATCH and DELETE all need a CORS preflight, which Qiao never grants to other sites).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    /** What the UTF-8 decoder puts where the bytes were not UTF-8. */
    private static final char MALFORMED = '\uFFFD';
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Visitor visitor;

    @Inject
    CsrfTokens tokens;

    @Inject
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String session = visitor.cookie(Cookies.SESSION).orElse("");
        if (ApiPaths.isApi(request.getUriInfo())
                && (hasBearer(request) || session.isEmpty() || !isCorsSimple(request))) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath(false).replaceFirst("^/", "");
        RequestSource source = RequestSource.of(request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Origin"), request.getHeaderString("Referer"), visitor.host());
        if (source == RequestSource.ANOTHER_SITE) {
            throw new CsrfRejected(path, Map.of(), source, !session.isEmpty());
        }
        String token = request.getHeaderString(HEADER);
        Map<String, List<String>> fields = Map.of();
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            // The container parses the form (JAX-RS reads @FormParam from the same parse).
            fields = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> field : servletRequest.getParameterMap().entrySet()) {
                if (Arrays.stream(field.getValue()).anyMatch(v -> v.indexOf(MALFORMED) >= 0)) {
                    throw InvalidInput.of(field.getKey(), "error.encoding");
                }
                fields.put(field.getKey(), List.of(field.getValue()));
            }
            if (token == null) {
                token = servletRequest.getParameter(FIELD);
            }
        } else if (token == null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType())) {
            // a file upload's form cannot be read before the resource does; its page puts the token in the action's query
            token = request.getUriInfo().getQueryParameters().getFirst(FIELD);
        }
        String csrfCookie = visitor.cookie(Cookies.CSRF).orElse(null);
        if (!tokens.isValid(token, csrfCookie, session)) {
            throw new CsrfRejected(path, fields, source, !session.isEmpty());
        }
    }

    /** A request a page on another site can send without asking this site first. */
    private static boolean isCorsSimple(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return HttpMethod.POST.equals(request.getMethod()) && (type == null
                || MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)
                || MediaType.TEXT_PLAIN_TYPE.isCompatible(type));
    }

    private static boolean hasBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
