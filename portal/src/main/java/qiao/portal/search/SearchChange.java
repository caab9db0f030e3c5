package qiao.portal.search;

/**
 * A document (or, when {@code group}, every document of that kind in a group, such as all replies of
 * a thread) whose indexed form may be out of date: the indexer reads it again from its source.
 */
public record SearchChange(String kind, long id, boolean group) {

    public static SearchChange of(String kind, long id) {
        return new SearchChange(kind, id, false);
    }

    public static SearchChange groupOf(String kind, long group) {
        return new SearchChange(kind, group, true);
    }
}
