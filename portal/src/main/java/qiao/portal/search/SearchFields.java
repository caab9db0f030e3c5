package qiao.portal.search;

/**
 * The fields both engines keep for every document. Text is analysed twice: into CJK bigrams (with
 * English stems), which find any run of Chinese characters, words the dictionary does not know
 * included, and into Chinese words (the smart Chinese segmenter), which ranks whole words higher.
 */
public final class SearchFields {

    /** Title, tags and body together, as bigrams: what a query must match. */
    public static final String TEXT = "text";
    /** The same, as Chinese words. */
    public static final String TEXT_WORDS = "text_words";
    /** The title as bigrams (stored): matches here count more. */
    public static final String TITLE = "title";
    public static final String TITLE_WORDS = "title_words";
    /** The body as bigrams (stored), for snippets. */
    public static final String BODY = "body";
    /** English words as written (lower case, not stemmed), for spelling suggestions. */
    public static final String SPELLING = "spell";

    public static final String KEY = "key";
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String THREAD = "thread";
    public static final String SCOPE = "scope";
    public static final String TAGS = "tags";
    public static final String TYPE = "type";
    public static final String SOLVED = "solved";
    public static final String STATUS = "status";
    public static final String CREATED = "created";
    public static final String URL = "url";
    public static final String VERSION = "version";

    private SearchFields() {
    }
}
