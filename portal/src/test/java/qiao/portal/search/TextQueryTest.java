package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qiao.portal.search.TextQuery.MinimumMatch;

class TextQueryTest {

    @Test
    void requiresAllOfFewTermsAndAShareOfMore() {
        MinimumMatch most = new MinimumMatch(1, 70);
        assertEquals(1, most.of(1));
        assertEquals(1, most.of(2));
        assertEquals(2, most.of(3));
        assertEquals(5, most.of(8));
        assertEquals("1<70%", most.notation());
        assertEquals(1, MinimumMatch.ANY.of(5));
    }

    @Test
    void searchesEveryFormOfTheQuery() {
        TextQuery query = QueryPlans.search("發紅包");
        assertEquals(2, query.anyOf().size(), "the bigrams of the traditional and of the simplified form");
        assertEquals("发红包", query.anyOf().get(1).text());
        assertEquals(SearchFields.TEXT, query.anyOf().get(1).field());
    }

    @Test
    void similarQuestionsNeedFewerTermsAndUseTheBodyOnlyToRank() {
        TextQuery similar = QueryPlans.similar("微信红包发不出去", "提示操作频繁");
        assertEquals(QueryPlans.SOME, similar.anyOf().get(0).minimum());
        assertEquals("提示操作频繁", similar.boosts().get(similar.boosts().size() - 1).text());
        TextQuery bodyOnly = QueryPlans.similar("", "提示操作频繁");
        assertEquals("提示操作频繁", bodyOnly.anyOf().get(bodyOnly.anyOf().size() - 1).text());
    }
}
