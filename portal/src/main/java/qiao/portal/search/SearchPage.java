package qiao.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;
import qiao.portal.web.SafeRedirects;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/**
 * The search page (the box in every page's header leads here), the similar questions a composer
 * shows while someone writes, and the link through which such a suggestion is opened.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    @Inject
    SearchService search;

    @Inject
    Deflections deflections;

    @Inject
    Visitor visitor;

    @GET
    @Operation(hidden = true)
    public View search(@QueryParam("q") String q, @QueryParam("board") String board, @QueryParam("kind") String kind,
            @QueryParam("solved") String solved, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @QueryParam("page") String page) {
        FieldErrors errors = new FieldErrors();
        SearchRequest request = SearchRequest.parse(q, board, kind, solved, from, to, sort, page, visitor.zone(), errors);
        View view = View.of("search").with("q", request.query()).with("searchQuery", request.query())
                .with("scopes", search.scopes().stream().filter(s -> s.key().startsWith("board:")).toList());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("board", errors.has("board") ? "" : nullToEmpty(board));
        filters.put("kind", errors.has("kind") ? "" : nullToEmpty(kind).strip());
        filters.put("solved", errors.has("solved") ? "" : nullToEmpty(solved).strip());
        filters.put("from", errors.has("from") ? "" : nullToEmpty(from).strip());
        filters.put("to", errors.has("to") ? "" : nullToEmpty(to).strip());
        filters.put("sort", request.newest() ? "newest" : "relevance");
        if (q == null) {
            return view.with("filters", filters).with("searched", false).with("refused", List.of());
        }
        boolean empty = errors.has("q") && request.query().isEmpty();
        SearchService.Results results = empty ? null : search.searchLeniently(request, errors);
        if (errors.has("board")) {
            filters.put("board", "");
        }
        return view.with("filters", filters).with("searched", !empty).with("results", results)
                .with("refused", errors.all().stream().map(e -> visitor.text(e.messageKey(), e.args().toArray())).toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The similar solved questions for what is being written (the composer asks as its writer types). */
    @GET
    @Path("similar")
    @Operation(hidden = true)
    public View similar(@QueryParam("title") String title, @QueryParam("body") String body, @QueryParam("deflection") String token) {
        List<SearchService.Hit> hits;
        try {
            hits = QueryText.tooLong(title) ? List.of() : search.similar(title, body);
        } catch (Refusal unavailable) {
            hits = List.of();
        }
        deflections.shown(token, hits.size());
        return View.of("similar").with("similar", hits).with("deflection", token).with("checked", true);
    }

    /** Opens a suggestion the composer showed, noting that it was opened. */
    @GET
    @Path("open")
    @Operation(hidden = true)
    public Response open(@QueryParam("d") String token, @QueryParam("kind") String kind, @QueryParam("id") long id,
            @QueryParam("to") String to) {
        if (kind != null && id > 0) {
            deflections.opened(token, kind, id);
        }
        return Response.seeOther(SafeRedirects.local(to)).build();
    }
}
