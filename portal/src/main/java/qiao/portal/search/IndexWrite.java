package qiao.portal.search;

/**
 * One document put into the index, or taken out of it ({@code document} null), at a version: the
 * indexer's change sequence, taken before it read the content from the database.
 */
public record IndexWrite(String key, long version, SearchDocument document) {

    public static IndexWrite put(SearchDocument document, long version) {
        return new IndexWrite(document.key(), version, document);
    }

    public static IndexWrite remove(String key, long version) {
        return new IndexWrite(key, version, null);
    }

    public boolean removes() {
        return document == null;
    }
}
