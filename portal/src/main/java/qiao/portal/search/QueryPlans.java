package qiao.portal.search;

import java.util.ArrayList;
import java.util.List;
import qiao.portal.search.TextQuery.Clause;
import qiao.portal.search.TextQuery.Match;
import qiao.portal.search.TextQuery.MinimumMatch;

/**
 * The two text queries Qiao asks: a search (most of the query's bigrams must be found in the text;
 * whole Chinese words, titles and phrases count more), and "similar questions" while someone writes
 * one (fewer of the title's terms are enough, the body adds a little).
 */
public final class QueryPlans {

    /** Two terms must both match; of more, seven in ten. */
    static final MinimumMatch MOST = new MinimumMatch(1, 70);
    /** One term must match; of more, four in ten. */
    static final MinimumMatch SOME = new MinimumMatch(1, 40);
    /** A body is long: a fifth of its terms is a likeness. */
    static final MinimumMatch FEW = new MinimumMatch(1, 20);

    private static final int BODY_EXCERPT = 300;

    private QueryPlans() {
    }

    /** A search for what someone typed (already {@link QueryText#clean cleaned}). */
    public static TextQuery search(String text) {
        List<Clause> anyOf = new ArrayList<>();
        List<Clause> boosts = new ArrayList<>();
        for (String variant : QueryText.variants(text)) {
            anyOf.add(new Clause(SearchFields.TEXT, variant, Match.FUZZY_TERMS, MOST, 1));
            boosts.add(new Clause(SearchFields.TEXT_WORDS, variant, Match.TERMS, MinimumMatch.ANY, 1));
            boosts.add(new Clause(SearchFields.TITLE, variant, Match.TERMS, MinimumMatch.ANY, 2));
            boosts.add(new Clause(SearchFields.TITLE_WORDS, variant, Match.TERMS, MinimumMatch.ANY, 1.5f));
            boosts.add(new Clause(SearchFields.TITLE, variant, Match.PHRASE, MinimumMatch.ANY, 2));
            boosts.add(new Clause(SearchFields.TEXT, variant, Match.PHRASE, MinimumMatch.ANY, 1));
        }
        return new TextQuery(anyOf, boosts);
    }

    /** Questions like the one being written: its title (cleaned) and the start of its body. */
    public static TextQuery similar(String title, String body) {
        List<Clause> anyOf = new ArrayList<>();
        List<Clause> boosts = new ArrayList<>();
        String excerpt = QueryText.clean(body == null ? "" : body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) : body);
        for (String variant : QueryText.variants(title)) {
            anyOf.add(new Clause(SearchFields.TEXT, variant, Match.FUZZY_TERMS, SOME, 1));
            boosts.add(new Clause(SearchFields.TEXT_WORDS, variant, Match.TERMS, MinimumMatch.ANY, 1));
            boosts.add(new Clause(SearchFields.TITLE, variant, Match.TERMS, MinimumMatch.ANY, 2));
            boosts.add(new Clause(SearchFields.TITLE_WORDS, variant, Match.TERMS, MinimumMatch.ANY, 1.5f));
        }
        if (!excerpt.isEmpty()) {
            if (title.isEmpty()) {
                anyOf.add(new Clause(SearchFields.TEXT, excerpt, Match.TERMS, FEW, 0.5f));
            } else {
                boosts.add(new Clause(SearchFields.TEXT, excerpt, Match.TERMS, FEW, 0.5f));
            }
        }
        return new TextQuery(anyOf, boosts);
    }
}
