package qiao.portal.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import qiao.portal.web.FieldErrors;

/**
 * A search as someone asked for it, checked: every parameter that is not one of its known values is
 * an error of that field (the API refuses it; a page says so and uses the default).
 *
 * @param board  a board's slug, or null for every board the caller may read
 * @param kinds  kinds of document (thread, post, article), empty for all
 * @param types  kinds of thread (question, discussion, suggestion, announcement), empty for all
 * @param solved true or false, or null for both
 * @param from   written at or after, or null
 * @param until  written before, or null
 * @param page   from 1
 */
public record SearchRequest(String query, String board, Set<String> kinds, Set<String> types, Boolean solved, Instant from, Instant until,
        boolean newest, int page) {

    /** Hits per page. */
    public static final int PAGE_SIZE = 20;
    /** Deeper pages are not served: nobody reads them, and they cost the most. */
    public static final int MAX_PAGE = 50;

    private static final Set<String> KINDS = Set.of("thread", "post", "article");
    private static final Set<String> TYPES = Set.of("question", "discussion", "suggestion", "announcement");

    /** Reads the parameters of a search; dates are days in {@code zone}, {@code to} included. */
    public static SearchRequest parse(String q, String board, String kind, String solved, String from, String to, String sort,
            String page, ZoneId zone, FieldErrors errors) {
        String query = QueryText.clean(q);
        if (QueryText.tooLong(q)) {
            errors.add("q", "search.q.tooLong", QueryText.MAX_LENGTH);
        } else if (query.isEmpty()) {
            errors.add("q", "search.q.empty");
        }
        String k = blankToNull(kind);
        Set<String> kinds = Set.of();
        Set<String> types = Set.of();
        if (k != null) {
            String value = k.toLowerCase(Locale.ROOT);
            if (KINDS.contains(value)) {
                kinds = Set.of(value);
            } else if (TYPES.contains(value)) {
                types = Set.of(value);
            } else {
                errors.add("kind", "search.kind.invalid");
            }
        }
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to", "search.to.beforeFrom");
            toDay = null;
        }
        return new SearchRequest(query, blankToNull(board), kinds, types, yesOrNo(solved, errors),
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), newest(sort, errors), page(page, errors));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String value, String field, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(v);
            if (day.getYear() < 1970 || day.getYear() > 9999) {
                throw new DateTimeParseException("out of range", v, 0);
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(field, "search.date");
            return null;
        }
    }

    private static Boolean yesOrNo(String value, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                errors.add("solved", "search.solved.invalid");
                yield null;
            }
        };
    }

    private static boolean newest(String value, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null || v.equals("relevance")) {
            return false;
        }
        if (v.equals("newest")) {
            return true;
        }
        errors.add("sort", "search.sort.invalid");
        return false;
    }

    private static int page(String value, FieldErrors errors) {
        String v = blankToNull(value);
        if (v == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(v);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // the error below
        }
        errors.add("page", "search.page.invalid", MAX_PAGE);
        return 1;
    }

    /** The same search on another page. */
    public SearchRequest onPage(int other) {
        return new SearchRequest(query, board, kinds, types, solved, from, until, newest, other);
    }
}
