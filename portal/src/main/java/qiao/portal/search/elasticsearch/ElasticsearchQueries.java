package qiao.portal.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Set;
import qiao.portal.search.EngineQuery;
import qiao.portal.search.SearchFields;
import qiao.portal.search.TextQuery.Clause;

/**
 * Turns an {@link EngineQuery} into Elasticsearch's query DSL: filters in {@code filter} (they do not
 * score), the text as {@code match} and {@code match_phrase} queries. Without the smartcn plugin the
 * clauses on the word fields are left out.
 */
final class ElasticsearchQueries {

    private final boolean words;

    ElasticsearchQueries(boolean words) {
        this.words = words;
    }

    /** What a document must match (the filters and the text's {@code anyOf}), scored by the text. */
    Query of(EngineQuery query) {
        if (query.scopes().isEmpty()) {
            return nothing();
        }
        BoolQuery.Builder all = new BoolQuery.Builder();
        all.filter(terms(SearchFields.SCOPE, query.scopes()));
        if (!query.kinds().isEmpty()) {
            all.filter(terms(SearchFields.KIND, query.kinds()));
        }
        if (!query.types().isEmpty()) {
            all.filter(terms(SearchFields.TYPE, query.types()));
        }
        if (query.solved() != null) {
            all.filter(q -> q.term(t -> t.field(SearchFields.SOLVED).value(query.solved().toString())));
        }
        if (query.from() != null || query.until() != null) {
            all.filter(q -> q.range(r -> r.number(n -> {
                n.field(SearchFields.CREATED);
                if (query.from() != null) {
                    n.gte((double) query.from().toEpochMilli());
                }
                if (query.until() != null) {
                    n.lt((double) query.until().toEpochMilli());
                }
                return n;
            })));
        }
        List<Query> anyOf = clauses(query.text().anyOf());
        if (anyOf.isEmpty()) {
            return nothing();
        }
        all.must(q -> q.bool(b -> b.should(anyOf).minimumShouldMatch("1")));
        return Query.of(q -> q.bool(all.build()));
    }

    /** What adds to the score of the best documents (the rescore query), or null for nothing. */
    Query boosts(EngineQuery query) {
        List<Query> boosts = clauses(query.text().boosts());
        return boosts.isEmpty() ? null : Query.of(q -> q.bool(b -> b.should(boosts)));
    }

    private List<Query> clauses(List<Clause> clauses) {
        return clauses.stream().filter(c -> words || !isWordField(c.field())).map(ElasticsearchQueries::clause).toList();
    }

    private static boolean isWordField(String field) {
        return field.equals(SearchFields.TEXT_WORDS) || field.equals(SearchFields.TITLE_WORDS);
    }

    private static Query clause(Clause clause) {
        return switch (clause.match()) {
            case TERMS -> Query.of(q -> q.match(m -> m.field(clause.field()).query(clause.text())
                    .minimumShouldMatch(clause.minimum().notation()).boost(clause.boost())));
            case FUZZY_TERMS -> Query.of(q -> q.match(m -> m.field(clause.field()).query(clause.text())
                    .minimumShouldMatch(clause.minimum().notation()).fuzziness("AUTO").boost(clause.boost())));
            case PHRASE -> Query.of(q -> q.matchPhrase(m -> m.field(clause.field()).query(clause.text()).boost(clause.boost())));
        };
    }

    private static Query terms(String field, Set<String> values) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    private static Query nothing() {
        return Query.of(q -> q.matchNone(m -> m));
    }
}
