/**
 * The search index in an Elasticsearch 9 cluster, through elasticsearch-java: the adapter of {@link
 * qiao.portal.search.SearchIndex} for sites of several nodes. It puts its own index template, keeps its documents
 * behind an alias, and uses the analysis-smartcn plugin where the cluster has it.
 */
package qiao.portal.search.elasticsearch;
