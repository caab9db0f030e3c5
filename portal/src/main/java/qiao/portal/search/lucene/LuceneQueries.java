package qiao.portal.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import qiao.portal.search.EngineQuery;
import qiao.portal.search.SearchFields;
import qiao.portal.search.Spelling;
import qiao.portal.search.TextQuery;
import qiao.portal.search.TextQuery.Clause;

/**
 * Turns an {@link EngineQuery} into a Lucene query the way Elasticsearch turns the same query into
 * its (Lucene) query: a {@code match} is a boolean query of the analysed terms with a minimum to
 * match, fuzzy terms are {@link FuzzyQuery}s with Elasticsearch's defaults, a phrase is a phrase
 * query, filters do not score.
 */
final class LuceneQueries {

    private static final int FUZZY_PREFIX = 0;
    private static final int FUZZY_EXPANSIONS = 50;

    private final Analyzer analyzer;

    LuceneQueries(Analyzer perFieldAnalyzer) {
        this.analyzer = perFieldAnalyzer;
    }

    /** What a document must match (the filters and the text's {@code anyOf}), scored by the text. */
    Query of(EngineQuery query) {
        if (query.scopes().isEmpty()) {
            return new MatchNoDocsQuery("no readable scope");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(terms(SearchFields.SCOPE, query.scopes()), Occur.FILTER);
        if (!query.kinds().isEmpty()) {
            all.add(terms(SearchFields.KIND, query.kinds()), Occur.FILTER);
        }
        if (!query.types().isEmpty()) {
            all.add(terms(SearchFields.TYPE, query.types()), Occur.FILTER);
        }
        if (query.solved() != null) {
            all.add(new TermQuery(new Term(SearchFields.SOLVED, query.solved().toString())), Occur.FILTER);
        }
        if (query.from() != null || query.until() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long until = query.until() == null ? Long.MAX_VALUE : query.until().toEpochMilli() - 1;
            all.add(LongPoint.newRangeQuery(SearchFields.CREATED, from, until), Occur.FILTER);
        }
        Query text = text(query.text());
        if (text == null) {
            return new MatchNoDocsQuery("no terms");
        }
        all.add(text, Occur.MUST);
        return all.build();
    }

    /** What adds to the score of the best documents, or null for nothing. */
    Query boosts(EngineQuery query) {
        BooleanQuery.Builder boosts = new BooleanQuery.Builder();
        int clauses = 0;
        for (Clause boost : query.text().boosts()) {
            Query q = clause(boost);
            if (q != null) {
                boosts.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : boosts.build();
    }

    private Query text(TextQuery text) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        int clauses = 0;
        for (Clause clause : text.anyOf()) {
            Query q = clause(clause);
            if (q != null) {
                anyOf.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : anyOf.setMinimumNumberShouldMatch(1).build();
    }

    private Query clause(Clause clause) {
        QueryBuilder builder = clause.match() == TextQuery.Match.FUZZY_TERMS ? new Fuzzy(analyzer) : new QueryBuilder(analyzer);
        Query q = switch (clause.match()) {
            case TERMS, FUZZY_TERMS -> minimum(builder.createBooleanQuery(clause.field(), clause.text(), Occur.SHOULD), clause);
            case PHRASE -> builder.createPhraseQuery(clause.field(), clause.text(), 0);
        };
        if (q == null) {
            return null;
        }
        return clause.boost() == 1 ? q : new BoostQuery(q, clause.boost());
    }

    /** As Elasticsearch applies minimum_should_match to a match query's terms. */
    private static Query minimum(Query q, Clause clause) {
        if (!(q instanceof BooleanQuery bool)) {
            return q;
        }
        int should = (int) bool.clauses().stream().filter(c -> c.occur() == Occur.SHOULD).count();
        BooleanQuery.Builder copy = new BooleanQuery.Builder();
        bool.clauses().forEach(copy::add);
        return copy.setMinimumNumberShouldMatch(clause.minimum().of(should)).build();
    }

    private static Query terms(String field, Set<String> values) {
        List<BytesRef> terms = values.stream().map(BytesRef::new).collect(Collectors.toCollection(ArrayList::new));
        return new TermInSetQuery(field, terms);
    }

    /** Terms that also match close misspellings, with Elasticsearch's AUTO fuzziness. */
    private static final class Fuzzy extends QueryBuilder {

        Fuzzy(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            int edits = Spelling.allowedEdits(term.text());
            Query q = new FuzzyQuery(term, edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
            return boost == 1 ? q : new BoostQuery(q, boost);
        }
    }
}
