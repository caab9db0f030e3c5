package qiao.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import qiao.portal.platform.SiteConfig;
import qiao.portal.search.elasticsearch.ElasticsearchIndex;
import qiao.portal.search.lucene.LuceneIndex;

/**
 * The search index this site is configured with: Elasticsearch when QIAO_SEARCH_URL names nodes,
 * else the embedded index in QIAO_SEARCH_DIR. Opened on first use; while it cannot be reached,
 * asking for it fails at once for a few seconds before it is tried again.
 */
@ApplicationScoped
class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    SiteConfig config;

    @Inject
    SearchState state;

    @Inject
    Clock clock;

    private volatile SearchIndex index;
    private volatile Instant failedAt;
    private volatile String failure;

    /**
     * @throws SearchUnavailable while it cannot be opened
     */
    SearchIndex index() {
        SearchIndex open = index;
        return open != null ? open : open();
    }

    private synchronized SearchIndex open() {
        if (index != null) {
            return index;
        }
        if (failedAt != null && clock.instant().isBefore(failedAt.plus(RETRY_AFTER))) {
            throw new SearchUnavailable(failure, null);
        }
        try {
            index = create(state.owner());
            LOG.info("Search uses " + index.describe());
            failedAt = null;
            return index;
        } catch (SearchUnavailable e) {
            failedAt = clock.instant();
            failure = e.getMessage();
            throw e;
        }
    }

    private SearchIndex create(String owner) {
        List<java.net.URI> nodes = config.searchUrls();
        if (nodes.isEmpty()) {
            return new LuceneIndex(config.searchDir(), owner);
        }
        return new ElasticsearchIndex(nodes, config.searchCredentials(), config.searchPrefix(), owner, analysis(config.searchAnalysis()));
    }

    static ElasticsearchIndex.Analysis analysis(String setting) {
        try {
            return ElasticsearchIndex.Analysis.valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("QIAO_SEARCH_ANALYSIS is \"" + setting + "\"; it takes auto, smartcn or cjk", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
