package qiao.portal.search;

import java.util.List;

/**
 * The text part of a query, described once so that both engines run the same one: a document must
 * match at least one clause of {@code anyOf}, which scores it; then the best {@link #RESCORE_WINDOW}
 * (or as many as the page needs) are scored again, each matching clause of {@code boosts} adding to
 * their score. Scoring every match by every boost cost three times as much for little change in the
 * first pages.
 */
public record TextQuery(List<Clause> anyOf, List<Clause> boosts) {

    /** How many of the best documents the boosts re-rank. */
    public static final int RESCORE_WINDOW = 100;

    public TextQuery {
        anyOf = List.copyOf(anyOf);
        boosts = List.copyOf(boosts);
    }

    /** How a clause's text is matched against a field. */
    public enum Match {
        /** Any of the text's terms, as the field analyses it. */
        TERMS,
        /** The same, with English words also matching close misspellings (1 edit for 3–5 letters, 2 above). */
        FUZZY_TERMS,
        /** The terms next to one another, in order. */
        PHRASE
    }

    /**
     * One field matched against one text.
     *
     * @param minimum how many of the terms must match (ignored for phrases)
     */
    public record Clause(String field, String text, Match match, MinimumMatch minimum, float boost) {
    }

    /**
     * How many of a clause's terms must match: all of them when there are {@code allUpTo} or fewer,
     * else {@code percent} of them, rounded down (Elasticsearch's "2<70%").
     */
    public record MinimumMatch(int allUpTo, int percent) {

        public static final MinimumMatch ANY = new MinimumMatch(0, 0);

        public int of(int terms) {
            if (terms <= allUpTo) {
                return terms;
            }
            return Math.max(1, terms * percent / 100);
        }

        /** In Elasticsearch's notation. */
        public String notation() {
            return allUpTo + "<" + percent + "%";
        }
    }
}
