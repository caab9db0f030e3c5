package qiao.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Visitor;

/** Search for programs: the same results as the search page, as the caller (anonymous, session or token) may see them. */
@Path("api/v1/search")
@RequestScoped
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    /**
     * One hit: a thread, a reply ({@code post}) or, later, an article. {@code snippet} and {@code titleHtml}
     * are HTML: the text escaped, what matched in {@code <mark>}.
     */
    public record HitJson(String kind, long id, long thread, String title, String titleHtml, String url, String snippet, String board,
            String boardName, boolean solved, String type, Instant createdAt) {
        static HitJson of(SearchService.Hit h) {
            return new HitJson(h.kind(), h.id(), h.thread(), h.title(), h.titleHtml(), h.url(), h.snippet(), h.board(), h.boardName(),
                    h.solved(), h.type(), h.createdAt());
        }
    }

    /** Hits in a board. */
    public record BoardJson(String board, String name, long count) {
    }

    /** One page of results; {@code didYouMean} is a corrected query that finds more, or null. */
    public record ResultsJson(long total, int page, int pages, List<HitJson> hits, List<BoardJson> boards, String didYouMean) {
    }

    /** Questions like the one being written. */
    public record SimilarJson(List<HitJson> hits) {
    }

    @Inject
    SearchService search;

    @Inject
    Visitor visitor;

    @GET
    @Operation(summary = "Search threads and replies", description = "Chinese and English; results as the caller may see them. "
            + "kind: thread, post, question, discussion, suggestion or announcement; solved: true or false; from, to: days "
            + "(yyyy-mm-dd, in the caller's time zone, both included); sort: relevance or newest; page: 1 to 50.")
    @APIResponse(responseCode = "200", description = "One page of results")
    @APIResponse(responseCode = "400", description = "A parameter that is none of its known values; the problem names it")
    @APIResponse(responseCode = "503", description = "The search engine does not answer; try again shortly")
    public ResultsJson search(@QueryParam("q") String q, @QueryParam("board") String board, @QueryParam("kind") String kind,
            @QueryParam("solved") String solved, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @QueryParam("page") String page) {
        FieldErrors errors = new FieldErrors();
        SearchRequest request = SearchRequest.parse(q, board, kind, solved, from, to, sort, page, visitor.zone(), errors);
        SearchService.Results results = search.search(request, errors);
        return new ResultsJson(results.total(), results.page(), results.pages(), results.hits().stream().map(HitJson::of).toList(),
                results.boards().stream().map(b -> new BoardJson(b.slug(), b.name(), b.count())).toList(),
                results.didYouMean().orElse(null));
    }

    @GET
    @Path("similar")
    @Operation(summary = "Solved questions like the one being written", description = "Up to five, for a title and the start of a body.")
    @APIResponse(responseCode = "200", description = "The similar questions, likeliest first")
    @APIResponse(responseCode = "400", description = "Neither a title nor a body, or a title over 200 characters")
    public SimilarJson similar(@QueryParam("title") String title, @QueryParam("body") String body) {
        FieldErrors errors = new FieldErrors();
        if (QueryText.tooLong(title)) {
            errors.add("title", "search.q.tooLong", QueryText.MAX_LENGTH);
        } else if (QueryText.clean(title).isEmpty() && QueryText.clean(body).isEmpty()) {
            errors.add("title", "search.similar.empty");
        }
        errors.throwIfAny();
        return new SimilarJson(search.similar(title, body).stream().map(HitJson::of).toList());
    }
}
