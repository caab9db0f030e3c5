/**
 * For the tests only: what Elastic's distribution adds to the Elasticsearch artifacts on Maven Central, so that
 * a real node runs from them (the launcher here; the analysis and REST pieces in the sub-packages, each packed
 * as a module or plugin of the node's home by this module's build).
 */
package qiao.estest;
