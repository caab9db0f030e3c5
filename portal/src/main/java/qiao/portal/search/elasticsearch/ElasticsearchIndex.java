package qiao.portal.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.ScoreMode;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import qiao.portal.search.EngineQuery;
import qiao.portal.search.EngineResult;
import qiao.portal.search.IndexRebuild;
import qiao.portal.search.IndexWrite;
import qiao.portal.search.SearchDocument;
import qiao.portal.search.SearchFields;
import qiao.portal.search.SearchIndex;
import qiao.portal.search.SearchUnavailable;
import qiao.portal.search.TextQuery;

/**
 * The search index in an Elasticsearch cluster (9.x), through elasticsearch-java. Qiao's documents
 * live in indices {@code <prefix>-content-<time>} made from one index template, behind the alias
 * {@code <prefix>-content}; a rebuild fills a new index and moves the alias in one request. Writes
 * carry the indexer's change sequence as an external version, so repeating one is harmless and a
 * late, older one is refused by the cluster.
 */
public final class ElasticsearchIndex implements SearchIndex {

    /** How Chinese words are found: by the smartcn plugin when the cluster has it (auto), or not at all (cjk). */
    public enum Analysis {
        AUTO, SMARTCN, CJK
    }

    private static final Logger LOG = Logger.getLogger(ElasticsearchIndex.class.getName());
    private static final String OWNER = "owner";
    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final String alias;
    private final String owner;
    private final boolean words;
    private final String version;
    private final ElasticsearchQueries queries;
    private volatile String live;

    /**
     * Connects to the cluster, puts Qiao's index template and makes sure the alias points at an index
     * made for this database ({@code owner}); an index made for another is dropped.
     *
     * @param credentials {@code user:password}, or an API key, or empty
     */
    public ElasticsearchIndex(List<URI> nodes, Optional<String> credentials, String prefix, String owner, Analysis analysis) {
        this.alias = prefix + "-content";
        this.owner = owner;
        this.client = client(nodes, credentials);
        try {
            this.version = client.info().version().number();
            this.words = switch (analysis) {
                case SMARTCN -> true;
                case CJK -> false;
                case AUTO -> hasSmartcn();
            };
            this.queries = new ElasticsearchQueries(words);
            client.indices().putIndexTemplate(t -> t.name(alias)
                    .withJson(new StringReader(ElasticsearchMappings.template(alias + "-*", words))));
            this.live = liveIndex();
        } catch (IOException | ElasticsearchException e) {
            close(client);
            throw new SearchUnavailable("Elasticsearch at " + nodes + " could not be set up: " + e.getMessage(), e);
        }
    }

    private static ElasticsearchClient client(List<URI> nodes, Optional<String> credentials) {
        var builder = Rest5Client.builder(nodes.toArray(URI[]::new))
                .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.ofSeconds(2)).setSocketTimeout(Timeout.ofSeconds(20)))
                .setRequestConfigCallback(r -> r.setConnectionRequestTimeout(Timeout.ofSeconds(2))
                        .setResponseTimeout(Timeout.ofSeconds(20)));
        credentials.ifPresent(c -> builder.setDefaultHeaders(new Header[] {authorization(c)}));
        Rest5Client rest = builder.build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new JacksonJsonpMapper()));
    }

    private static Header authorization(String credentials) {
        return credentials.contains(":")
                ? new BasicHeader("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                : new BasicHeader("Authorization", "ApiKey " + credentials);
    }

    private boolean hasSmartcn() throws IOException {
        try {
            client.indices().analyze(a -> a.tokenizer(t -> t.name("smartcn_tokenizer")).text("中文分词"));
            return true;
        } catch (ElasticsearchException notInstalled) {
            return false;
        }
    }

    /** The index behind the alias, made now if there is none or it belongs to another database. */
    private String liveIndex() throws IOException {
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            var mappings = client.indices().getMapping(m -> m.index(alias));
            for (var entry : mappings.mappings().entrySet()) {
                JsonData madeFor = entry.getValue().mappings().meta().get(OWNER);
                if (madeFor != null && owner.equals(madeFor.to(String.class))) {
                    return entry.getKey();
                }
                LOG.info("The Elasticsearch index " + entry.getKey() + " was made for another database; it is dropped");
                client.indices().delete(d -> d.index(entry.getKey()));
            }
        }
        String index = newIndex();
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
        return index;
    }

    private String newIndex() throws IOException {
        String index = alias + "-" + System.currentTimeMillis();
        client.indices().create(c -> c.index(index).mappings(m -> m.meta(OWNER, JsonData.of(owner))));
        return index;
    }

    @Override
    public String describe() {
        return "Elasticsearch " + version + ", index " + alias + " (" + live + "), "
                + (words ? "Chinese words by analysis-smartcn and CJK bigrams" : "CJK bigrams (analysis-smartcn is not installed)");
    }

    @Override
    public void write(List<IndexWrite> writes) {
        bulk(live, writes, Refresh.WaitFor);
    }

    private void bulk(String index, List<IndexWrite> writes, Refresh refresh) {
        if (writes.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(refresh);
        for (IndexWrite write : writes) {
            if (write.removes()) {
                bulk.operations(op -> op.delete(d -> d.index(index).id(write.key()).version(write.version())
                        .versionType(VersionType.ExternalGte)));
            } else {
                Map<String, Object> source = source(write.document());
                bulk.operations(op -> op.index(i -> i.index(index).id(write.key()).version(write.version())
                        .versionType(VersionType.ExternalGte).document(source)));
            }
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && item.status() != VERSION_CONFLICT && !(item.status() == 404 && isDelete(item))) {
                    throw new SearchUnavailable("Elasticsearch refused a write of " + item.id() + ": " + item.error().reason(), null);
                }
            }
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable("Elasticsearch could not be written: " + e.getMessage(), e);
        }
    }

    private static boolean isDelete(BulkResponseItem item) {
        return item.operationType() == co.elastic.clients.elasticsearch.core.bulk.OperationType.Delete;
    }

    /** A document's source, in the order the text fields are filled: title, tags, body. */
    static Map<String, Object> source(SearchDocument d) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(SearchFields.KEY, d.key());
        source.put(SearchFields.KIND, d.kind());
        source.put(SearchFields.ID, d.id());
        source.put(SearchFields.THREAD, d.thread());
        source.put(SearchFields.SCOPE, d.scope());
        if (d.type() != null) {
            source.put(SearchFields.TYPE, d.type());
        }
        source.put(SearchFields.SOLVED, Boolean.toString(d.solved()));
        if (d.status() != null) {
            source.put(SearchFields.STATUS, d.status());
        }
        source.put(SearchFields.CREATED, d.createdAt().toEpochMilli());
        source.put(SearchFields.URL, d.url());
        source.put(SearchFields.TITLE, d.title());
        source.put(SearchFields.TAGS, d.tags());
        source.put(SearchFields.BODY, d.body());
        return source;
    }

    @SuppressWarnings("unchecked")
    private static SearchDocument document(Map<String, Object> s) {
        return new SearchDocument((String) s.get(SearchFields.KIND), ((Number) s.get(SearchFields.ID)).longValue(),
                ((Number) s.get(SearchFields.THREAD)).longValue(), (String) s.get(SearchFields.SCOPE), (String) s.get(SearchFields.TITLE),
                (String) s.get(SearchFields.BODY), (List<String>) s.get(SearchFields.TAGS), (String) s.get(SearchFields.TYPE),
                Boolean.parseBoolean((String) s.get(SearchFields.SOLVED)), (String) s.get(SearchFields.STATUS),
                Instant.ofEpochMilli(((Number) s.get(SearchFields.CREATED)).longValue()), (String) s.get(SearchFields.URL));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public EngineResult search(EngineQuery query) {
        Query q = queries.of(query);
        Query boosts = queries.boosts(query);
        int window = Math.max(query.offset() + query.size(), TextQuery.RESCORE_WINDOW);
        try {
            SearchResponse<Map> response = client.search(s -> {
                s.index(alias).query(q).from(query.offset()).size(query.size()).trackTotalHits(t -> t.enabled(true));
                if (query.newestFirst()) {
                    s.sort(o -> o.field(f -> f.field(SearchFields.CREATED).order(SortOrder.Desc)));
                } else if (boosts != null) {
                    s.rescore(r -> r.windowSize(window).query(rq -> rq.query(boosts).queryWeight(1.0).rescoreQueryWeight(1.0)
                            .scoreMode(ScoreMode.Total)));
                }
                if (query.countScopes() && !query.scopes().isEmpty()) {
                    s.aggregations("scopes", a -> a.terms(t -> t.field(SearchFields.SCOPE).size(query.scopes().size())));
                }
                return s;
            }, Map.class);
            List<EngineResult.Hit> hits = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                hits.add(new EngineResult.Hit(document(hit.source()), hit.score() == null ? Float.NaN : hit.score().floatValue()));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            var scopes = response.aggregations().get("scopes");
            if (scopes != null) {
                for (StringTermsBucket bucket : scopes.sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new EngineResult(total, hits, counts);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable("Elasticsearch could not be searched: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable("Elasticsearch could not be counted: " + e.getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<String> spellings(String word, int max) {
        try {
            SearchResponse<Map> response = client.search(s -> s.index(alias).size(0)
                    .suggest(g -> g.suggesters("spelling", f -> f.text(word)
                            .term(t -> t.field(SearchFields.SPELLING).size(max)
                                    .suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Missing)))), Map.class);
            List<String> words = new ArrayList<>();
            for (Suggestion<Map> suggestion : response.suggest().getOrDefault("spelling", List.of())) {
                for (TermSuggestOption option : suggestion.term().options()) {
                    words.add(option.text());
                }
            }
            return words;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable("Elasticsearch could not suggest spellings: " + e.getMessage(), e);
        }
    }

    @Override
    public IndexRebuild rebuild() {
        try {
            String next = newIndex();
            return new IndexRebuild() {
                @Override
                public void write(List<IndexWrite> writes) {
                    bulk(next, writes, Refresh.False);
                }

                @Override
                public void swap() {
                    String old = live;
                    try {
                        client.indices().refresh(r -> r.index(next));
                        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(next).alias(alias)))
                                .actions(a -> a.remove(r -> r.index(old).alias(alias))));
                        live = next;
                        client.indices().delete(d -> d.index(old));
                    } catch (IOException | ElasticsearchException e) {
                        throw new SearchUnavailable("The rebuilt Elasticsearch index could not be made the live one: " + e.getMessage(), e);
                    }
                }

                @Override
                public void abandon() {
                    try {
                        client.indices().delete(d -> d.index(next));
                    } catch (IOException | ElasticsearchException e) {
                        LOG.warning("The abandoned Elasticsearch index " + next + " could not be deleted: " + e.getMessage());
                    }
                }
            };
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable("A new Elasticsearch index could not be made: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        close(client);
    }

    private static void close(ElasticsearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.warning("The connection to Elasticsearch did not close cleanly: " + e.getMessage());
        }
    }
}
