package qiao.portal.community;

/**
 * Which of a board's threads to list and in what order. Null fields do not filter.
 *
 * @param solved true for solved questions only, false for unsolved questions only
 */
public record ThreadFilter(ThreadOrder order, ThreadKind kind, Boolean solved, SuggestionStatus status) {

    public static final ThreadFilter LATEST = new ThreadFilter(ThreadOrder.LATEST, null, null, null);

    /** From request parameters; anything unknown is ignored rather than refused. */
    public static ThreadFilter of(String sort, String kind, String solved, String status) {
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
        return new ThreadFilter(order, kindFilter, solvedFilter,
                SuggestionStatus.fromKey(status == null ? "" : status).orElse(null));
    }
}
