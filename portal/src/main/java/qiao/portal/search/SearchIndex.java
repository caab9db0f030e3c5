package qiao.portal.search;

import java.util.List;

/**
 * The search engine behind Qiao, as the rest of the search feature sees it: an embedded Lucene index
 * by default, Elasticsearch for clusters. Both keep the same fields ({@link SearchFields}), analyse
 * text the same way (Chinese words beside CJK bigrams, English stems), and answer the same
 * {@link EngineQuery}; one contract test runs against both.
 */
public interface SearchIndex extends AutoCloseable {

    /** What it is and where, for the log and the admin page (for example "Elasticsearch 9.5.3 at …, smartcn"). */
    String describe();

    /**
     * Adds, replaces or removes documents; idempotent. A write whose version is lower than the one the
     * index holds for that document is ignored, so a late, stale write never undoes a newer one.
     *
     * @throws SearchUnavailable when the engine cannot be reached or refuses
     */
    void write(List<IndexWrite> writes);

    /** One page of hits, limited to the query's scopes. */
    EngineResult search(EngineQuery query);

    /** How many documents are in the index. */
    long count();

    /** Indexed words like this English word (at most {@code max}, the likeliest first), for "did you mean". */
    List<String> spellings(String word, int max);

    /** Starts an empty index beside the live one; the live one keeps answering until {@link IndexRebuild#swap()}. */
    IndexRebuild rebuild();

    @Override
    void close();
}
