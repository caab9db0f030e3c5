/**
 * The embedded search index: Apache Lucene in a folder, the default adapter of {@link
 * qiao.portal.search.SearchIndex}. Its queries mirror what Elasticsearch builds of the same query, so that one
 * contract test holds for both.
 */
package qiao.portal.search.lucene;
