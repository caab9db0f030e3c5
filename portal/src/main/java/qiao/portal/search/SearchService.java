package qiao.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Refusal;

/**
 * Search as a person meets it: only in the scopes they may read (so nothing else can be a hit, a
 * count, a board total or a spelling suggestion), every hit checked once more against its source
 * before it is shown, snippets marked from the stored, masked text.
 */
@ApplicationScoped
public class SearchService {

    /** How many similar questions a writer is shown. */
    public static final int SIMILAR = 5;
    private static final String BOARD = "board:";
    private static final int WORDS_TO_CORRECT = 3;

    @Inject
    SearchEngine engine;

    @Inject
    Instance<SearchScopes> scopeBeans;

    @Inject
    Instance<SearchSource> sourceBeans;

    @Inject
    Caller caller;

    /** One hit as pages and the API show it. */
    public record Hit(String kind, long id, long thread, String title, String titleHtml, String url, String snippet, String board,
            String boardName, boolean solved, String type, Instant createdAt) {
    }

    /** How many hits a board has. */
    public record BoardCount(String slug, String name, long count) {
    }

    /** One page of results, with what else the page offers. */
    public record Results(long total, int page, int pages, List<Hit> hits, List<BoardCount> boards, Optional<String> didYouMean) {
    }

    /**
     * Searches as the caller may; a board the caller cannot read is refused like an unknown one (the
     * answer must not tell them apart), with the other errors found when reading the request.
     *
     * @throws qiao.portal.web.InvalidInput when {@code errors} holds any
     */
    public Results search(SearchRequest request, FieldErrors errors) {
        return search(request, errors, true);
    }

    /** The same, but an unknown board adds to {@code errors} and the search covers every board. */
    public Results searchLeniently(SearchRequest request, FieldErrors errors) {
        return search(request, errors, false);
    }

    private Results search(SearchRequest request, FieldErrors errors, boolean strict) {
        Map<String, Scope> readable = readableScopes();
        Optional<Scope> board = Optional.ofNullable(request.board())
                .flatMap(slug -> readable.values().stream().filter(s -> s.key().startsWith(BOARD) && s.slug().equals(slug)).findFirst());
        if (request.board() != null && board.isEmpty()) {
            errors.add("board", "search.board.invalid");
        }
        if (strict) {
            errors.throwIfAny();
        }
        Set<String> scopes = board.map(b -> Set.of(b.key())).orElse(readable.keySet());
        SearchIndex index = index();
        int offset = (request.page() - 1) * SearchRequest.PAGE_SIZE;
        EngineResult result = run(() -> index.search(new EngineQuery(QueryPlans.search(request.query()), scopes, request.kinds(),
                request.types(), request.solved(), request.from(), request.until(), request.newest(), offset,
                SearchRequest.PAGE_SIZE, true)));
        List<Hit> hits = hits(result, request.query(), readable);
        List<BoardCount> boards = result.scopeCounts().entrySet().stream().filter(e -> readable.containsKey(e.getKey()))
                .map(e -> new BoardCount(readable.get(e.getKey()).slug(), readable.get(e.getKey()).name(), e.getValue()))
                .sorted(Comparator.comparingLong(BoardCount::count).reversed()).toList();
        int pages = (int) Math.min(SearchRequest.MAX_PAGE, (result.total() + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        Optional<String> didYouMean = corrected(index, request, scopes, result.total());
        return new Results(result.total(), request.page(), pages, hits, boards, didYouMean);
    }

    /**
     * Help-center articles, then solved questions, like the one being written, as the caller may see
     * them: an article, written by staff to answer it, comes first.
     */
    public List<Hit> similar(String title, String body) {
        String cleanTitle = QueryText.clean(title);
        String cleanBody = QueryText.clean(body);
        if (cleanTitle.isEmpty() && cleanBody.isEmpty()) {
            return List.of();
        }
        Map<String, Scope> readable = readableScopes();
        SearchIndex index = index();
        TextQuery like = QueryPlans.similar(cleanTitle, body);
        String marked = cleanTitle.isEmpty() ? cleanBody : cleanTitle;
        List<Hit> similar = new ArrayList<>(hits(run(() -> index.search(new EngineQuery(like, readable.keySet(), Set.of("article"),
                Set.of(), null, null, null, false, 0, SIMILAR, false))), marked, readable));
        if (similar.size() < SIMILAR) {
            similar.addAll(hits(run(() -> index.search(new EngineQuery(like, readable.keySet(), Set.of("thread"), Set.of(), true, null,
                    null, false, 0, SIMILAR - similar.size(), false))), marked, readable));
        }
        return similar;
    }

    /** The scopes (boards) the caller may read, to filter by and to ask in. */
    public List<Scope> scopes() {
        return List.copyOf(readableScopes().values());
    }

    private Map<String, Scope> readableScopes() {
        Optional<Person> person = caller.person();
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (SearchScopes beans : scopeBeans) {
            for (Scope scope : beans.readable(person)) {
                scopes.put(scope.key(), scope);
            }
        }
        return scopes;
    }

    private SearchIndex index() {
        return run(engine::index);
    }

    private static <T> T run(java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchUnavailable e) {
            throw Refusal.unavailable(Duration.ofSeconds(5), "search.unavailable");
        }
    }

    /** The hits the caller may still read, as shown. */
    private List<Hit> hits(EngineResult result, String query, Map<String, Scope> readable) {
        Map<String, SearchSource> sources = new HashMap<>();
        sourceBeans.forEach(s -> sources.put(s.kind(), s));
        Map<String, Set<Long>> stillReadable = new HashMap<>();
        result.hits().stream().map(EngineResult.Hit::document).collect(Collectors.groupingBy(SearchDocument::kind,
                Collectors.mapping(SearchDocument::id, Collectors.toList()))).forEach((kind, ids) -> {
                    SearchSource source = sources.get(kind);
                    stillReadable.put(kind, source == null ? Set.of() : source.readable(caller.person(), ids));
                });
        Snippets snippets = new Snippets(query);
        List<Hit> hits = new ArrayList<>();
        for (EngineResult.Hit hit : result.hits()) {
            SearchDocument d = hit.document();
            Scope scope = readable.get(d.scope());
            if (scope == null || !stillReadable.getOrDefault(d.kind(), Set.of()).contains(d.id())) {
                continue;
            }
            hits.add(new Hit(d.kind(), d.id(), d.thread(), d.title(), snippets.marked(d.title()), d.url(), snippets.snippet(d.body()),
                    scope.slug(), scope.name(), d.solved(), d.type(), d.createdAt()));
        }
        return hits;
    }

    /**
     * The query with English words that no document holds put right, if that finds at least as much for
     * the caller (close misspellings already find their words, but the page says how to spell them):
     * the corrected query must find something in the caller's own scopes, so a suggestion never
     * reveals a word they could not find.
     */
    private Optional<String> corrected(SearchIndex index, SearchRequest request, Set<String> scopes, long found) {
        String query = request.query();
        List<ChineseAnalysis.Token> words = ChineseAnalysis.tokens(ChineseAnalysis.spelling(), query);
        String best = query;
        long most = found;
        // right to left, so that the offsets of the words not yet looked at stay true
        for (int i = Math.min(words.size(), WORDS_TO_CORRECT) - 1; i >= 0; i--) {
            ChineseAnalysis.Token word = words.get(i);
            for (String candidate : run(() -> index.spellings(word.term(), 3))) {
                String tried = best.substring(0, word.start()) + candidate + best.substring(word.end());
                long total = run(() -> index.search(new EngineQuery(QueryPlans.search(tried), scopes, request.kinds(), request.types(),
                        request.solved(), request.from(), request.until(), false, 0, 1, false))).total();
                if (total > 0 && total >= most) {
                    best = tried;
                    most = total;
                    break;
                }
            }
        }
        return best.equals(query) ? Optional.empty() : Optional.of(best);
    }
}
