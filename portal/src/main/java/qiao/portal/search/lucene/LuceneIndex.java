package qiao.portal.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import qiao.portal.search.ChineseAnalysis;
import qiao.portal.search.EngineQuery;
import qiao.portal.search.EngineResult;
import qiao.portal.search.IndexRebuild;
import qiao.portal.search.IndexWrite;
import qiao.portal.search.SearchDocument;
import qiao.portal.search.SearchFields;
import qiao.portal.search.SearchIndex;
import qiao.portal.search.SearchUnavailable;
import qiao.portal.search.TextQuery;

/**
 * The embedded search index: Apache Lucene in a folder beside the data. Each write is committed
 * (so what the indexer took from the outbox survives a crash) and searchable at once (near-real-time
 * readers). A rebuild fills a new folder and then becomes the live one; the name of the live folder
 * is kept in {@code current}. An index made for another database (its owner differs) is dropped and
 * rebuilt from this one.
 */
public final class LuceneIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());
    private static final String CURRENT = "current";
    private static final String OWNER = "owner";
    private static final String TOMBSTONE = "tombstone";
    private static final Sort NEWEST = new Sort(new SortField(SearchFields.CREATED, SortField.Type.LONG, true), SortField.FIELD_SCORE);

    private final Path folder;
    private final String owner;
    private final Analyzer analyzer = analyzer(ChineseAnalysis.bigramsAndCharacters());
    private final LuceneQueries queries = new LuceneQueries(analyzer(ChineseAnalysis.bigrams()));
    private volatile Generation live;

    /**
     * Opens (or creates) the index in {@code folder} for the database named {@code owner}.
     */
    public LuceneIndex(Path folder, String owner) {
        this.folder = folder;
        this.owner = owner;
        try {
            Files.createDirectories(folder);
            Generation found = openCurrent();
            live = found != null ? found : fresh();
            dropOthers(live.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    private Generation openCurrent() throws IOException {
        Path pointer = folder.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return null;
        }
        Path dir = folder.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Generation generation = new Generation(dir, analyzer, owner);
        String madeFor = generation.writer.getLiveCommitData() == null ? null : commitData(generation.writer).get(OWNER);
        if (owner.equals(madeFor)) {
            return generation;
        }
        LOG.info("The search index in " + dir + " was made for another database; it is dropped and will be rebuilt");
        generation.close();
        deleteTree(dir);
        return null;
    }

    /** Folders of rebuilds that never finished (the process stopped), and old indices. */
    private void dropOthers(Path keep) throws IOException {
        try (Stream<Path> dirs = Files.list(folder)) {
            dirs.filter(d -> Files.isDirectory(d) && d.getFileName().toString().startsWith("index-") && !d.equals(keep))
                    .forEach(LuceneIndex::deleteTree);
        }
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    private Generation fresh() throws IOException {
        Generation generation = newGeneration();
        point(generation.dir);
        return generation;
    }

    private Generation newGeneration() throws IOException {
        Path dir = folder.resolve("index-" + System.currentTimeMillis());
        while (Files.exists(dir)) {
            dir = folder.resolve("index-" + System.nanoTime());
        }
        Generation generation = new Generation(dir, analyzer, owner);
        generation.writer.commit();
        return generation;
    }

    private void point(Path dir) throws IOException {
        Path next = folder.resolve(CURRENT + ".next");
        Files.writeString(next, dir.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(next, folder.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String describe() {
        return "embedded Lucene in " + folder.toAbsolutePath().normalize();
    }

    @Override
    public void write(List<IndexWrite> writes) {
        live.write(writes);
    }

    @Override
    public EngineResult search(EngineQuery query) {
        return read(searcher -> search(searcher, query));
    }

    /** Runs a read on a current searcher; once more on the new index if a rebuild swapped it meanwhile. */
    private <T> T read(Read<T> read) {
        for (int attempt = 0; ; attempt++) {
            Generation generation = live;
            try {
                IndexSearcher searcher = generation.searchers.acquire();
                try {
                    return read.on(searcher);
                } finally {
                    generation.searchers.release(searcher);
                }
            } catch (AlreadyClosedException swapped) {
                if (attempt > 0) {
                    throw new SearchUnavailable("The search index was closed", swapped);
                }
            } catch (IOException e) {
                throw new SearchUnavailable("The search index could not be read", e);
            }
        }
    }

    private interface Read<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    private EngineResult search(IndexSearcher searcher, EngineQuery query) throws IOException {
        Query q = queries.of(query);
        int wanted = Math.max(1, query.offset() + query.size());
        Object[] results = searcher.search(q, new MultiCollectorManager(query.newestFirst()
                ? new TopFieldCollectorManager(NEWEST, wanted, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(Math.max(wanted, TextQuery.RESCORE_WINDOW), Integer.MAX_VALUE), new ScopeCounts()));
        TopDocs docs = (TopDocs) results[0];
        Query boosts = queries.boosts(query);
        if (!query.newestFirst() && boosts != null && docs.scoreDocs.length > 0) {
            docs = new Boosts(boosts).rescore(searcher, docs, docs.scoreDocs.length);
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) results[1];
        List<EngineResult.Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        ScoreDoc[] page = docs.scoreDocs;
        for (int i = query.offset(); i < Math.min(page.length, wanted); i++) {
            hits.add(new EngineResult.Hit(document(stored.document(page[i].doc)), page[i].score));
        }
        return new EngineResult(docs.totalHits.value(), hits, query.countScopes() ? counts : Map.of());
    }

    /** Adds the boosts' score to the first pass's, as Elasticsearch's rescore does with score_mode total. */
    private static final class Boosts extends QueryRescorer {

        Boosts(Query boosts) {
            super(boosts);
        }

        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return firstPassScore + (secondPassMatches ? secondPassScore : 0);
        }
    }

    @Override
    public long count() {
        return read(searcher -> (long) searcher.count(new FieldExistsQuery(SearchFields.SCOPE)));
    }

    @Override
    public List<String> spellings(String word, int max) {
        return read(searcher -> Arrays.stream(new DirectSpellChecker().suggestSimilar(new Term(SearchFields.SPELLING, word), max,
                searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(w -> w.string).toList());
    }

    @Override
    public IndexRebuild rebuild() {
        try {
            Generation next = newGeneration();
            return new IndexRebuild() {
                @Override
                public void write(List<IndexWrite> writes) {
                    next.fill(writes);
                }

                @Override
                public void swap() {
                    try {
                        next.writer.commit();
                        next.searchers.maybeRefreshBlocking();
                        Generation old = live;
                        point(next.dir);
                        live = next;
                        old.close();
                        deleteTree(old.dir);
                    } catch (IOException e) {
                        throw new SearchUnavailable("The rebuilt search index could not be made the live one", e);
                    }
                }

                @Override
                public void abandon() {
                    next.close();
                    deleteTree(next.dir);
                }
            };
        } catch (IOException e) {
            throw new SearchUnavailable("A new search index could not be made in " + folder, e);
        }
    }

    @Override
    public void close() {
        live.close();
    }

    /** The analysis of each field; {@code text} is the one the indexed text and the queries of the text field differ in. */
    private static Analyzer analyzer(Analyzer text) {
        Analyzer words = ChineseAnalysis.words();
        return new PerFieldAnalyzerWrapper(ChineseAnalysis.bigrams(), Map.of(SearchFields.TEXT, text, SearchFields.TEXT_WORDS, words,
                SearchFields.TITLE_WORDS, words, SearchFields.SPELLING, ChineseAnalysis.spelling()));
    }

    static Document document(SearchDocument d, long version) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, d.key(), Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.VERSION, version));
        doc.add(new StringField(SearchFields.KIND, d.kind(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.ID, d.id()));
        doc.add(new StoredField(SearchFields.THREAD, d.thread()));
        doc.add(new StringField(SearchFields.SCOPE, d.scope(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchFields.SCOPE, new org.apache.lucene.util.BytesRef(d.scope())));
        if (d.type() != null) {
            doc.add(new StringField(SearchFields.TYPE, d.type(), Field.Store.YES));
        }
        doc.add(new StringField(SearchFields.SOLVED, Boolean.toString(d.solved()), Field.Store.YES));
        if (d.status() != null) {
            doc.add(new StringField(SearchFields.STATUS, d.status(), Field.Store.YES));
        }
        long created = d.createdAt().toEpochMilli();
        doc.add(new LongPoint(SearchFields.CREATED, created));
        doc.add(new NumericDocValuesField(SearchFields.CREATED, created));
        doc.add(new StoredField(SearchFields.CREATED, created));
        doc.add(new StoredField(SearchFields.URL, d.url()));
        doc.add(new TextField(SearchFields.TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(SearchFields.TITLE_WORDS, d.title(), Field.Store.NO));
        doc.add(new StoredField(SearchFields.BODY, d.body()));
        for (String text : texts(d)) {
            doc.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
            doc.add(new TextField(SearchFields.TEXT_WORDS, text, Field.Store.NO));
        }
        for (String tag : d.tags()) {
            doc.add(new StringField(SearchFields.TAGS, tag, Field.Store.YES));
        }
        doc.add(new TextField(SearchFields.SPELLING, d.title(), Field.Store.NO));
        doc.add(new TextField(SearchFields.SPELLING, d.body(), Field.Store.NO));
        return doc;
    }

    /** What the {@code text} fields hold, in order: the title, the tags, the body. */
    private static List<String> texts(SearchDocument d) {
        List<String> texts = new ArrayList<>();
        texts.add(d.title());
        texts.addAll(d.tags());
        texts.add(d.body());
        return texts;
    }

    private static Document tombstone(String key, long version) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, key, Field.Store.YES));
        doc.add(new NumericDocValuesField(SearchFields.VERSION, version));
        doc.add(new StringField(TOMBSTONE, "true", Field.Store.NO));
        return doc;
    }

    private static SearchDocument document(Document doc) {
        return new SearchDocument(doc.get(SearchFields.KIND), number(doc, SearchFields.ID), number(doc, SearchFields.THREAD),
                doc.get(SearchFields.SCOPE), doc.get(SearchFields.TITLE), doc.get(SearchFields.BODY),
                Arrays.asList(doc.getValues(SearchFields.TAGS)), doc.get(SearchFields.TYPE),
                Boolean.parseBoolean(doc.get(SearchFields.SOLVED)), doc.get(SearchFields.STATUS),
                Instant.ofEpochMilli(number(doc, SearchFields.CREATED)), doc.get(SearchFields.URL));
    }

    private static long number(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? 0 : f.numericValue().longValue();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warning("Could not delete " + dir + ": " + e);
        }
    }

    /** One index folder with its writer and its near-real-time searchers. */
    private static final class Generation {

        final Path dir;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;

        Generation(Path dir, Analyzer analyzer, String owner) throws IOException {
            this.dir = dir;
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(32);
            this.writer = new IndexWriter(directory, config);
            if (writer.getLiveCommitData() == null || !commitData(writer).containsKey(OWNER)) {
                writer.setLiveCommitData(Map.of(OWNER, owner).entrySet());
            }
            this.searchers = new SearcherManager(writer, null);
        }

        synchronized void write(List<IndexWrite> writes) {
            try {
                Map<String, Long> versions = versions(writes.stream().map(IndexWrite::key).toList());
                for (IndexWrite write : writes) {
                    Long held = versions.get(write.key());
                    if (held != null && held > write.version()) {
                        continue;
                    }
                    Document doc = write.removes() ? tombstone(write.key(), write.version()) : document(write.document(), write.version());
                    writer.updateDocument(new Term(SearchFields.KEY, write.key()), doc);
                    versions.put(write.key(), write.version());
                }
                writer.commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                throw new SearchUnavailable("The search index could not be written", e);
            }
        }

        /**
         * Writes into an index nobody searches yet, in the order given (one writer fills it, last write
         * wins), committed only when it is swapped in: a rebuild cut short starts again.
         */
        synchronized void fill(List<IndexWrite> writes) {
            try {
                for (IndexWrite write : writes) {
                    Term key = new Term(SearchFields.KEY, write.key());
                    if (write.removes()) {
                        writer.deleteDocuments(key);
                    } else {
                        writer.updateDocument(key, document(write.document(), write.version()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new SearchUnavailable("The new search index could not be written", e);
            }
        }

        /** The versions the index holds now for these keys. */
        private Map<String, Long> versions(Collection<String> keys) throws IOException {
            Map<String, Long> versions = new HashMap<>();
            IndexSearcher searcher = searchers.acquire();
            try {
                for (String key : keys) {
                    TopDocs found = searcher.search(new TermQuery(new Term(SearchFields.KEY, key)), 1);
                    if (found.scoreDocs.length == 0) {
                        continue;
                    }
                    int doc = found.scoreDocs[0].doc;
                    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
                    NumericDocValues values = leaf.reader().getNumericDocValues(SearchFields.VERSION);
                    if (values != null && values.advanceExact(doc - leaf.docBase)) {
                        versions.put(key, values.longValue());
                    }
                }
            } finally {
                searchers.release(searcher);
            }
            return versions;
        }

        void close() {
            try {
                searchers.close();
                writer.close();
                directory.close();
            } catch (IOException e) {
                LOG.warning("Could not close the search index in " + dir + ": " + e);
            }
        }
    }

    /** Counts the matching documents of each scope. */
    private static final class ScopeCounts implements CollectorManager<ScopeCounts.Counter, Map<String, Long>> {

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Map<String, Long> reduce(Collection<Counter> counters) {
            Map<String, Long> counts = new HashMap<>();
            for (Counter counter : counters) {
                counter.counts.forEach((scope, n) -> counts.merge(scope, n, Long::sum));
            }
            return counts;
        }

        static final class Counter implements Collector {

            final Map<String, Long> counts = new HashMap<>();

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                SortedDocValues scopes = context.reader().getSortedDocValues(SearchFields.SCOPE);
                int[] perOrd = new int[scopes == null ? 0 : scopes.getValueCount()];
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (scopes != null && scopes.advanceExact(doc)) {
                            perOrd[scopes.ordValue()]++;
                        }
                    }

                    @Override
                    public void finish() throws IOException {
                        for (int ord = 0; ord < perOrd.length; ord++) {
                            if (perOrd[ord] > 0) {
                                counts.merge(scopes.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
                            }
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
