package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import qiao.portal.ElasticsearchNode;
import qiao.portal.search.elasticsearch.ElasticsearchIndex;
import qiao.portal.search.lucene.LuceneIndex;

/**
 * What every search index must do, run against each: the embedded Lucene index, and a real
 * Elasticsearch 9.5.3 node with and without the smartcn plugin's analysis. Includes the relevance set
 * (src/test/resources/search): Chinese and English queries with the results they must return.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(SearchIndexContractIT.Engine.class)
class SearchIndexContractIT {

    enum Engine {
        LUCENE, ELASTICSEARCH, ELASTICSEARCH_WITHOUT_SMARTCN
    }

    private static final String BOARD = "board:1";
    private static final String STAFF_BOARD = "board:2";

    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private SearchIndex index;
    private String owner;
    private long version = 1;

    @BeforeEach
    void open() {
        owner = UUID.randomUUID().toString();
        index = open(owner);
    }

    private SearchIndex open(String owner) {
        return switch (engine) {
            case LUCENE -> new LuceneIndex(folder, owner);
            case ELASTICSEARCH -> elasticsearch(owner, ElasticsearchIndex.Analysis.AUTO);
            case ELASTICSEARCH_WITHOUT_SMARTCN -> elasticsearch(owner, ElasticsearchIndex.Analysis.CJK);
        };
    }

    private static SearchIndex elasticsearch(String owner, ElasticsearchIndex.Analysis analysis) {
        URI node = ElasticsearchNode.shared().url();
        return new ElasticsearchIndex(List.of(node), Optional.empty(), "contract-" + analysis.name().toLowerCase(), owner, analysis);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void describesItself() {
        String description = index.describe();
        switch (engine) {
            case LUCENE -> assertTrue(description.contains("Lucene"), description);
            case ELASTICSEARCH -> assertTrue(description.contains("Elasticsearch 9.5.3") && description.contains("analysis-smartcn and CJK bigrams"),
                    description);
            case ELASTICSEARCH_WITHOUT_SMARTCN -> assertTrue(description.contains("analysis-smartcn is not installed"), description);
        }
    }

    @Test
    void passesTheRelevanceSet() {
        write(corpus());
        int queries = 0;
        int complete = 0;
        double precision = 0;
        List<String> failures = new ArrayList<>();
        for (String[] row : rows("queries.tsv")) {
            String query = row[1];
            Set<Long> expected = ids(row[2]);
            Set<Long> never = row.length > 3 ? ids(row[3]) : Set.of();
            EngineResult result = index.search(query(QueryPlans.search(QueryText.clean(query)), Set.of(BOARD), 0, 50));
            List<Long> found = result.hits().stream().map(h -> h.document().id()).toList();
            List<Long> top = found.subList(0, Math.min(3, found.size()));
            long right = top.stream().filter(expected::contains).count();
            queries++;
            precision += right / 3.0;
            if (right == Math.min(3, expected.size()) && found.stream().noneMatch(never::contains)) {
                complete++;
            } else {
                failures.add(query + ": expected " + expected + (never.isEmpty() ? "" : ", never " + never) + ", found " + found);
            }
        }
        System.out.printf("Relevance set on %s: %d of %d queries find all their results in the top three; precision@3 %.3f "
                + "(most queries have one right answer, so 0.333 is the best such a query can score)%n",
                engine, complete, queries, precision / queries);
        assertEquals(List.of(), failures);
        assertTrue(queries >= 80, "at least 60 Chinese and 20 English queries");
    }

    @Test
    void findsASingleCharacterInsideWordsAndAWordTheDictionaryDoesNotKnow() {
        write(List.of(thread(1, "银行卡怎么解绑", "换了新的银行卡", BOARD), thread(2, "被好友拉黑了", "看不到朋友圈", BOARD)));
        assertEquals(List.of(1L), ids(query(QueryPlans.search("卡"), Set.of(BOARD), 0, 10)));
        assertEquals(List.of(2L), ids(query(QueryPlans.search("拉黑"), Set.of(BOARD), 0, 10)));
    }

    @Test
    void writesAreIdempotentAndAnOlderVersionNeverUndoesANewerOne() {
        SearchDocument first = thread(1, "密码重置", "旧的内容", BOARD);
        index.write(List.of(IndexWrite.put(first, 5)));
        index.write(List.of(IndexWrite.put(first, 5)));
        assertEquals(1, index.count());

        index.write(List.of(IndexWrite.put(thread(1, "密码重置", "新的内容", BOARD), 7)));
        index.write(List.of(IndexWrite.put(first, 6)));
        assertEquals(List.of("新的内容"), bodies("内容"));

        index.write(List.of(IndexWrite.remove(first.key(), 6)));
        assertEquals(1, index.count(), "a removal older than the document is ignored");
        index.write(List.of(IndexWrite.remove(first.key(), 8)));
        assertEquals(0, index.count());
        assertEquals(List.of(), bodies("内容"));
        index.write(List.of(IndexWrite.remove(first.key(), 9)));
        assertEquals(0, index.count(), "removing what is not there is harmless");
    }

    @Test
    void findsNothingOutsideTheScopesItIsGiven() {
        write(List.of(thread(1, "公开的红包问题", "大家都能看", BOARD), thread(2, "内部的红包处理办法", "只有客服能看", STAFF_BOARD)));
        EngineQuery publicOnly = new EngineQuery(QueryPlans.search("红包"), Set.of(BOARD), Set.of(), Set.of(), null, null, null, false,
                0, 10, true);
        EngineResult result = index.search(publicOnly);
        assertEquals(1, result.total());
        assertEquals(List.of(1L), result.hits().stream().map(h -> h.document().id()).toList());
        assertEquals(Map.of(BOARD, 1L), result.scopeCounts());

        EngineResult none = index.search(new EngineQuery(QueryPlans.search("红包"), Set.of(), Set.of(), Set.of(), null, null, null,
                false, 0, 10, true));
        assertEquals(0, none.total());
        assertEquals(Map.of(), none.scopeCounts());

        EngineResult both = index.search(new EngineQuery(QueryPlans.search("红包"), Set.of(BOARD, STAFF_BOARD), Set.of(), Set.of(), null,
                null, null, false, 0, 10, true));
        assertEquals(2, both.total());
        assertEquals(Map.of(BOARD, 1L, STAFF_BOARD, 1L), both.scopeCounts());
    }

    @Test
    void filtersByKindTypeSolvedAndDateAndSortsByDate() {
        Instant day = Instant.parse("2026-11-01T00:00:00Z");
        write(List.of(
                new SearchDocument("thread", 1, 1, BOARD, "退款问题一", "退款", List.of(), "question", true, null, day, "/t/1"),
                new SearchDocument("thread", 2, 2, BOARD, "退款问题二", "退款", List.of(), "question", false, null, day.plusSeconds(86_400), "/t/2"),
                new SearchDocument("post", 3, 2, BOARD, "退款问题二", "退款的回复", List.of(), "question", false, null,
                        day.plusSeconds(2 * 86_400), "/t/2#post-3"),
                new SearchDocument("thread", 4, 4, BOARD, "退款建议", "退款", List.of("退款"), "suggestion", false, "PLANNED",
                        day.plusSeconds(3 * 86_400), "/t/4")));
        assertEquals(Set.of(1L, 2L, 4L), Set.copyOf(ids(new EngineQuery(QueryPlans.search("退款"), Set.of(BOARD), Set.of("thread"),
                Set.of(), null, null, null, false, 0, 10, false))));
        assertEquals(List.of(4L), ids(new EngineQuery(QueryPlans.search("退款"), Set.of(BOARD), Set.of(), Set.of("suggestion"), null,
                null, null, false, 0, 10, false)));
        assertEquals(List.of(1L), ids(new EngineQuery(QueryPlans.search("退款"), Set.of(BOARD), Set.of(), Set.of(), true,
                null, null, false, 0, 10, false)));
        assertEquals(List.of(4L, 3L, 2L), ids(new EngineQuery(QueryPlans.search("退款"), Set.of(BOARD), Set.of(), Set.of(), false,
                null, null, true, 0, 10, false)));
        assertEquals(List.of(3L, 2L), ids(new EngineQuery(QueryPlans.search("退款"), Set.of(BOARD), Set.of(), Set.of(), null,
                day.plusSeconds(86_400), day.plusSeconds(3 * 86_400), true, 0, 10, false)));
        SearchDocument post = index.search(new EngineQuery(QueryPlans.search("回复"), Set.of(BOARD), Set.of(), Set.of(), null, null, null,
                false, 0, 10, false)).hits().get(0).document();
        assertEquals(new SearchDocument("post", 3, 2, BOARD, "退款问题二", "退款的回复", List.of(), "question", false, null,
                day.plusSeconds(2 * 86_400), "/t/2#post-3"), post, "a hit gives back the document as it was written");
    }

    @Test
    void pagesThroughHitsWithTheTotal() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            docs.add(thread(i, "支付失败第" + i + "次", "支付失败", BOARD));
        }
        write(docs);
        EngineResult first = index.search(new EngineQuery(QueryPlans.search("支付失败"), Set.of(BOARD), Set.of(), Set.of(), null, null, null,
                true, 0, 10, false));
        EngineResult third = index.search(new EngineQuery(QueryPlans.search("支付失败"), Set.of(BOARD), Set.of(), Set.of(), null, null, null,
                true, 20, 10, false));
        assertEquals(25, first.total());
        assertEquals(25, third.total());
        assertEquals(10, first.hits().size());
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), third.hits().stream().map(h -> h.document().id()).toList());
    }

    @Test
    void takesAnyTextAsTextNeverAsQuerySyntax() {
        write(List.of(thread(1, "C++ 编译错误", "error: expected ';' before '}' token", BOARD)));
        for (String typed : List.of("\"(*:~^\\/[", "\"unbalanced", "AND OR NOT", "title:*", "{!lucene}", "***", "/regex/", "\\", "+-&&||!")) {
            index.search(query(QueryPlans.search(QueryText.clean(typed)), Set.of(BOARD), 0, 10));
        }
        assertEquals(1, index.search(query(QueryPlans.search("expected ';' before"), Set.of(BOARD), 0, 10)).total());
    }

    @Test
    void suggestsIndexedSpellingsOfEnglishWords() {
        write(List.of(thread(1, "Password reset", "The password reset email never arrives", BOARD)));
        assertEquals("password", index.spellings("pasword", 3).get(0));
        assertEquals(List.of(), index.spellings("password", 3), "a word in the index needs no suggestion");
    }

    @Test
    void rebuildsBesideTheLiveIndexAndSwapsInOneStep() {
        write(List.of(thread(1, "旧索引里的红包", "旧", BOARD)));
        IndexRebuild rebuild = index.rebuild();
        rebuild.write(List.of(IndexWrite.put(thread(2, "新索引里的红包", "新", BOARD), version++)));
        assertEquals(List.of(1L), ids(query(QueryPlans.search("红包"), Set.of(BOARD), 0, 10)), "the old index serves until the swap");
        rebuild.swap();
        assertEquals(List.of(2L), ids(query(QueryPlans.search("红包"), Set.of(BOARD), 0, 10)));
        assertEquals(1, index.count());

        IndexRebuild abandoned = index.rebuild();
        abandoned.write(List.of(IndexWrite.put(thread(3, "不会用到的红包", "弃", BOARD), version++)));
        abandoned.abandon();
        assertEquals(List.of(2L), ids(query(QueryPlans.search("红包"), Set.of(BOARD), 0, 10)));
    }

    @Test
    void keepsItsDocumentsForItsOwnDatabaseOnlyAcrossRestarts() {
        write(List.of(thread(1, "重启以后还在", "在", BOARD)));
        index.close();
        index = open(owner);
        assertEquals(1, index.count(), "the same database finds its index again");
        index.close();
        index = open(UUID.randomUUID().toString());
        assertEquals(0, index.count(), "another database (a restore, a new site) starts from an empty index");
    }

    private void write(List<SearchDocument> docs) {
        long v = version++;
        index.write(docs.stream().map(d -> IndexWrite.put(d, v)).toList());
    }

    private List<String> bodies(String query) {
        return index.search(query(QueryPlans.search(query), Set.of(BOARD), 0, 10)).hits().stream().map(h -> h.document().body()).toList();
    }

    private List<Long> ids(EngineQuery query) {
        return index.search(query).hits().stream().map(h -> h.document().id()).toList();
    }

    private static EngineQuery query(TextQuery text, Set<String> scopes, int offset, int size) {
        return new EngineQuery(text, scopes, Set.of(), Set.of(), null, null, null, false, offset, size, false);
    }

    private static SearchDocument thread(long id, String title, String body, String scope) {
        return new SearchDocument("thread", id, id, scope, title, body, List.of(), "question", false, null,
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(id), "/t/" + id);
    }

    /** The relevance corpus: threads of a help forum, one per line. */
    static List<SearchDocument> corpus() {
        List<SearchDocument> docs = new ArrayList<>();
        for (String[] row : rows("corpus.tsv")) {
            long id = Long.parseLong(row[0]);
            docs.add(new SearchDocument("thread", id, id, BOARD, row[2], row[3], List.of(), row[1], false, null,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 3600), "/t/" + id));
        }
        return docs;
    }

    static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/search", file), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Long> ids(String list) {
        return list.isBlank() ? Set.of() : Arrays.stream(list.split(",")).map(String::strip).map(Long::parseLong)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
