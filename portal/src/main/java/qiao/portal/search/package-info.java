/**
 * Search (先自助): the {@link qiao.portal.search.SearchIndex} port with its two adapters (embedded Lucene in
 * {@code search.lucene}, Elasticsearch in {@code search.elasticsearch}), the outbox that records every change in
 * its own transaction, the indexer that drains it on one node of a cluster and rebuilds the index when asked,
 * the search page and API, similar questions for the composer, self-service counts, and the admin page.
 *
 * <p>What others may use: {@link qiao.portal.search.SearchSource} and {@link qiao.portal.search.SearchScopes},
 * which the features that own content implement (community: threads, replies, boards); {@link
 * qiao.portal.search.SearchService} and {@link qiao.portal.search.Deflections} for the composer. It observes
 * every {@code qiao.api.event} record (in the writing transaction, and after the commit to wake the indexer);
 * it reads no other feature's tables, and asks identity who is calling. {@code SearchRecords} exports and erases a
 * person's deflection records.
 */
package qiao.portal.search;
