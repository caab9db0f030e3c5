package qiao.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place errors become responses: a themed page for people, a problem detail for API
 * clients, always in the caller's language, never with a stack trace. Unexpected failures are
 * logged with an incident id that the page shows, so support can find the log line.
 */
@Provider
@ApplicationScoped
public class ErrorResponses implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    @Inject
    Visitor visitor;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Throwable failure) {
        return switch (failure) {
            case Refusal r -> refusal(r);
            case InvalidInput i -> invalidInput(i);
            case CsrfRejected c -> csrfRejected(c);
            case WebApplicationException w when w.getResponse().getStatus() < 500 -> clientError(w);
            case Throwable t when RequestSizeLimitFilter.causedByTooLargeBody(t) ->
                    respond(413, "error.413.title", visitor.text("error.413.detail"), List.of(), null).build();
            case Throwable t when DatabaseUnavailable.causedBy(t) -> databaseUnavailable(t);
            case JsonbException j -> malformedBody();
            case ProcessingException p when p.getCause() instanceof JsonbException -> malformedBody();
            default -> unexpected(failure);
        };
    }

    private boolean wantsJson() {
        if (ApiPaths.isApi(uri)) {
            return true;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && !accepted.get(0).isWildcardType()
                && !accepted.get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                && accepted.get(0).getSubtype().endsWith("json");
    }

    private Response refusal(Refusal r) {
        if (r.status() == 401 && !wantsJson()) {
            String next = URLEncoder.encode("/" + uri.getPath(false).replaceFirst("^/", ""), StandardCharsets.UTF_8);
            return Response.seeOther(UriBuilder.fromPath("/signin").replaceQuery("next=" + next).build()).build();
        }
        Response.ResponseBuilder response = respond(r.status(), r.titleKey(), visitor.text(r.detailKey(), r.args().toArray()), List.of(), null);
        if (r.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"qiao\"");
        }
        r.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    private Response invalidInput(InvalidInput i) {
        List<Problem.FieldProblem> fields = i.errors().all().stream()
                .map(e -> new Problem.FieldProblem(e.field(), visitor.text(e.messageKey(), e.args().toArray())))
                .toList();
        return respond(400, "error.400.title", visitor.text("error.400.invalid"), fields, null).build();
    }

    private Response csrfRejected(CsrfRejected c) {
        boolean otherSite = c.source() == RequestSource.ANOTHER_SITE;
        if (wantsJson()) {
            return respond(403, "error.csrf.title", visitor.text(otherSite ? "error.csrf.otherSite" : "error.csrf.detail"),
                    List.of(), null).build();
        }
        FormAction form = FormAction.of(c.action());
        View page = View.of("csrf").with("otherSite", otherSite).with("actionText", visitor.text(form.key()))
                .with("back", form.page()).with("replayable", c.replayable());
        if (c.replayable()) {
            page.with("kept", KeptForm.of(c.action(), c.fields(), visitor));
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private Response clientError(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        String key = switch (status) {
            case 404, 405, 406, 413, 415 -> "error." + status;
            default -> "error.400";
        };
        Response.ResponseBuilder response = respond(status, key + ".title", visitor.text(key + ".detail"), List.of(), null);
        if (w instanceof NotAllowedException) {
            response.allow(w.getResponse().getAllowedMethods());
        }
        return response.build();
    }

    /**
     * The database did not answer: a 503 that says to try again shortly (never a 500), with what a
     * person typed into a form of this site kept to send again. One log line, no stack trace.
     */
    private Response databaseUnavailable(Throwable failure) {
        String path = "/" + uri.getPath(false).replaceFirst("^/", "");
        LOG.warning(() -> "Database unavailable on " + path + ": " + DatabaseUnavailable.reason(failure));
        if (wantsJson()) {
            return respond(503, "error.503.title", visitor.text("error.503.detail"), List.of(), null)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        View page = View.of("unavailable").with("back", FormAction.of(path).page());
        if ("POST".equals(servletRequest.getMethod()) && FormAction.of(path).replayable()) {
            page.with("kept", KeptForm.of(path, Forms.fields(servletRequest), visitor));
        }
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.RETRY_AFTER,
                DatabaseUnavailable.RETRY_AFTER_SECONDS).entity(page).build();
    }

    private Response malformedBody() {
        return respond(400, "error.400.title", visitor.text("error.json.malformed"), List.of(), null).build();
    }

    private Response unexpected(Throwable failure) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " on /" + uri.getPath(false).replaceFirst("^/", ""), failure);
        return respond(500, "error.500.title", visitor.text("error.500.detail", incident), List.of(), incident).build();
    }

    private Response.ResponseBuilder respond(int status, String titleKey, String detail, List<Problem.FieldProblem> fields,
            String incident) {
        String title = visitor.text(titleKey);
        if (wantsJson()) {
            String instance = "/" + uri.getPath(false).replaceFirst("^/", "");
            return Response.status(status).type(Problem.MEDIA_TYPE).language(visitor.locale())
                    .entity(new Problem("about:blank", title, status, detail, instance, fields));
        }
        View page = View.of("error").with("status", status).with("title", title).with("detail", detail)
                .with("fieldErrors", fields).with("incident", incident);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page);
    }
}
