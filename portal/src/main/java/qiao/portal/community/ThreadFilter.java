package qiao.portal.community;

import java.util.Locale;
import java.util.Optional;
import qiao.portal.web.FieldErrors;

/**
 * Which of a board's threads to list and in what order. Null fields do not filter.
 *
 * @param solved true for solved questions only, false for unsolved questions only
 * @param tag a tag name: only threads that carry it
 */
record ThreadFilter(ThreadOrder order, ThreadKind kind, Boolean solved, SuggestionStatus status, String tag) {

    /** The list with no filter, latest activity first. */
    static final ThreadFilter DEFAULT = new ThreadFilter(ThreadOrder.LATEST, null, null, null, null);

    /**
     * From request parameters. Absent or empty ones do not filter; a value that is none of the
     * known ones is an error on its field (the API refuses it, pages say so and use the default).
     * An unknown tag is no error: it lists nothing.
     */
    public static ThreadFilter of(String sort, String kind, String solved, String status, String tag, FieldErrors errors) {
        boolean unsolved = "unsolved".equals(blankToNull(sort));
        ThreadOrder order = unsolved ? ThreadOrder.LATEST : parse(sort, ThreadOrder::find, "sort", "validation.sort", errors)
                .orElse(ThreadOrder.LATEST);
        ThreadKind kindFilter = parse(kind, ThreadKind::fromKey, "kind", "validation.kind", errors).orElse(null);
        Boolean solvedFilter = parse(solved, v -> "yes".equals(v) ? Optional.of(Boolean.TRUE)
                : "no".equals(v) ? Optional.of(Boolean.FALSE) : Optional.empty(), "solved", "validation.solved", errors)
                .orElse(null);
        SuggestionStatus statusFilter = parse(status, SuggestionStatus::fromKey, "status", "validation.status", errors)
                .orElse(null);
        if (unsolved) {
            solvedFilter = Boolean.FALSE;
        }
        if (solvedFilter != null) {
            kindFilter = ThreadKind.QUESTION;
        }
        String tagFilter = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        return new ThreadFilter(order, kindFilter, solvedFilter, statusFilter, tagFilter);
    }

    private interface Known<T> {
        Optional<T> find(String key);
    }

    private static <T> Optional<T> parse(String raw, Known<T> known, String field, String messageKey, FieldErrors errors) {
        String value = blankToNull(raw);
        if (value == null) {
            return Optional.empty();
        }
        Optional<T> found = known.find(value.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            errors.add(field, messageKey);
        }
        return found;
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
