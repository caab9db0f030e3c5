package qiao.estest.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * Stands in for the parts of two modules of Elastic's distribution that are not published to Maven
 * Central and that Qiao uses: analysis-common's {@code cjk} analyzer and its {@code cjk_width},
 * {@code cjk_bigram}, {@code porter_stem} and {@code length} filters (the same Lucene classes Elastic
 * registers under those names), and rest-root's {@code GET /} and {@code HEAD /}.
 */
public class TestAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        this.clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("cjk", (indexSettings, env, name, settings) -> new AbstractIndexAnalyzerProvider<CJKAnalyzer>(name) {
            private final CJKAnalyzer analyzer = new CJKAnalyzer();

            @Override
            public CJKAnalyzer get() {
                return analyzer;
            }
        });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "cjk_bigram", (is, env, name, settings) -> filter(name, ts -> settings.getAsBoolean("output_unigrams", false)
                        ? new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL, true)
                        : new CJKBigramFilter(ts)),
                "cjk_width", (is, env, name, settings) -> filter(name, CJKWidthFilter::new),
                "porter_stem", (is, env, name, settings) -> filter(name, PorterStemFilter::new),
                "length", (is, env, name, settings) -> filter(name, ts -> new LengthFilter(ts, settings.getAsInt("min", 0),
                        settings.getAsInt("max", Integer.MAX_VALUE))));
    }

    private static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> filter) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokens) {
                return filter.apply(tokens);
            }
        };
    }

    @Override
    public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodes,
            Predicate<NodeFeature> feature) {
        return List.of(new BaseRestHandler() {
            @Override
            public String getName() {
                return "qiao_test_main_action";
            }

            @Override
            public List<Route> routes() {
                return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
            }

            @Override
            protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
                return channel -> {
                    if (request.method() == RestRequest.Method.HEAD) {
                        channel.sendResponse(new RestResponse(RestStatus.OK, "application/json", ""));
                        return;
                    }
                    var state = clusterService.state();
                    Build build = Build.current();
                    XContentBuilder x = channel.newBuilder();
                    x.startObject()
                            .field("name", clusterService.getNodeName())
                            .field("cluster_name", state.getClusterName().value())
                            .field("cluster_uuid", state.metadata().clusterUUID())
                            .startObject("version")
                            .field("number", build.qualifiedVersion())
                            .field("build_flavor", build.flavor())
                            .field("build_type", build.type().displayName())
                            .field("build_hash", build.hash())
                            .field("build_date", build.date())
                            .field("build_snapshot", build.isSnapshot())
                            .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                            .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                            .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                            .endObject()
                            .field("tagline", "You Know, for Search")
                            .endObject();
                    channel.sendResponse(new RestResponse(RestStatus.OK, x));
                };
            }
        });
    }
}
