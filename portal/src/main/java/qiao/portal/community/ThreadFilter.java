package qiao.portal.community;

/**
 * Which of a board's threads to list and in what order. Null fields do not filter.
 *
 * @param solved true for solved questions only, false for unsolved questions only
 * @param tag a tag name: only threads that carry it
 */
public record ThreadFilter(ThreadOrder order, ThreadKind kind, Boolean solved, SuggestionStatus status, String tag) {

    /** From request parameters; anything unknown is ignored rather than refused (an unknown tag lists nothing). */
    public static ThreadFilter of(String sort, String kind, String solved, String status, String tag) {
        ThreadOrder order = ThreadOrder.fromKey(sort);
        Boolean solvedFilter = "yes".equals(solved) ? Boolean.TRUE : "no".equals(solved) ? Boolean.FALSE : null;
        ThreadKind kindFilter = ThreadKind.fromKey(kind == null ? "" : kind).orElse(null);
        if ("unsolved".equals(sort)) {
            solvedFilter = Boolean.FALSE;
            kindFilter = ThreadKind.QUESTION;
        }
        if (solvedFilter != null) {
            kindFilter = ThreadKind.QUESTION;
        }
        String tagFilter = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        return new ThreadFilter(order, kindFilter, solvedFilter,
                SuggestionStatus.fromKey(status == null ? "" : status).orElse(null), tagFilter);
    }
}
