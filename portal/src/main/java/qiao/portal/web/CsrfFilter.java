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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Every state-changing request must carry the CSRF token of the page it came from: in the form
 * field {@value #FIELD}, or in the header {@value #HEADER} for scripts. API calls that authenticate
 * with a bearer token, or that carry no session cookie, have nothing a forged request could borrow
 * and are exempt.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Visitor visitor;

    @Inject
    CsrfTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String session = visitor.cookie(Cookies.SESSION).orElse("");
        if (ApiPaths.isApi(request.getUriInfo()) && (hasBearer(request) || session.isEmpty())) {
            return;
        }
        String token = request.getHeaderString(HEADER);
        Map<String, java.util.List<String>> fields = Map.of();
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            FormBody form = FormBody.parse(body);
            fields = form.fields();
            if (token == null) {
                token = form.first(FIELD);
            }
        }
        String csrfCookie = visitor.cookie(Cookies.CSRF).orElse(null);
        if (!tokens.isValid(token, csrfCookie, session)) {
            throw new CsrfRejected("/" + request.getUriInfo().getPath(false).replaceFirst("^/", ""), fields);
        }
    }

    private static boolean hasBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
