import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large forum straight into a Qiao database, for the search benchmark: one board of
 * THREADS questions with POSTS posts each (the first is the question), texts made of the sentences of
 * the relevance corpus (portal/src/test/resources/search/corpus.tsv) mixed at random, Chinese and
 * English. Qiao must have created its schema on the database once (start and stop it), and must not
 * be running on an H2 file while this writes. At the next start Qiao finds its search index empty
 * and rebuilds it from what this wrote; the admin page (or GET /api/v1/admin/search) shows the rate.
 *
 *   java -cp <h2 or postgresql driver jar> portal/bench/GenerateSearchCorpus.java JDBC_URL USER PASSWORD 100000 10
 *
 * Bounded: exactly THREADS x POSTS rows of posts; repeatable (a fixed random seed).
 */
public class GenerateSearchCorpus {

    private static final int BATCH = 1_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (url.startsWith("jdbc:postgresql:") && !url.contains("//127.") && !url.contains("//localhost")) {
            throw new IllegalArgumentException("loopback only: " + url);
        }
        int threads = Integer.parseInt(args[3]);
        int posts = Integer.parseInt(args[4]);
        List<String[]> corpus = Files.readAllLines(Path.of("portal/src/test/resources/search/corpus.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        Random random = new Random(20261202L);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long author = single(db, "SELECT id FROM account WHERE username = 'admin'");
            long board = single(db, "SELECT COALESCE(MAX(id), 0) + 1000 FROM board");
            long threadId = single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM thread");
            long postId = single(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM post");
            Instant now = Instant.now();
            try (PreparedStatement b = db.prepareStatement("INSERT INTO board (id, slug, name, description, colour, position, read_access, "
                    + "start_access, reply_access, thread_count, post_count, last_activity_at, created_at) "
                    + "VALUES (?, ?, ?, ?, '#0b57d0', 0, 'EVERYONE', 'SIGNED_IN', 'SIGNED_IN', ?, ?, ?, ?)")) {
                b.setLong(1, board);
                b.setString(2, "bench-search-" + board);
                b.setString(3, "搜索测试 Search bench");
                b.setString(4, "generated for the search benchmark");
                b.setInt(5, threads);
                b.setInt(6, threads * posts);
                b.setTimestamp(7, Timestamp.from(now));
                b.setTimestamp(8, Timestamp.from(now));
                b.executeUpdate();
            }
            try (PreparedStatement t = db.prepareStatement("INSERT INTO thread (id, board_id, kind, title, title_raw, author_id, created_at, "
                    + "last_activity_at, reply_count, view_count, pinned, locked, deleted) "
                    + "VALUES (?, ?, 'QUESTION', ?, ?, ?, ?, ?, ?, 0, FALSE, FALSE, FALSE)");
                 PreparedStatement p = db.prepareStatement("INSERT INTO post (id, thread_id, author_id, position, raw, cooked, personal_data, "
                         + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)")) {
                for (int i = 0; i < threads; i++) {
                    String[] topic = corpus.get(random.nextInt(corpus.size()));
                    String title = topic[2] + (random.nextInt(3) == 0 ? " " + corpus.get(random.nextInt(corpus.size()))[2] : "");
                    Timestamp created = Timestamp.from(now.minusSeconds((long) (threads - i) * 60));
                    t.setLong(1, threadId);
                    t.setLong(2, board);
                    t.setString(3, cut(title, 200));
                    t.setString(4, cut(title, 200));
                    t.setLong(5, author);
                    t.setTimestamp(6, created);
                    t.setTimestamp(7, created);
                    t.setInt(8, posts - 1);
                    t.addBatch();
                    for (int n = 0; n < posts; n++) {
                        String text = n == 0 ? topic[3] + " " + sentences(corpus, random, 1) : sentences(corpus, random, 1 + random.nextInt(3));
                        p.setLong(1, postId++);
                        p.setLong(2, threadId);
                        p.setLong(3, author);
                        p.setInt(4, n);
                        p.setString(5, text);
                        p.setString(6, "<p>" + escape(text) + "</p>");
                        p.setTimestamp(7, created);
                        p.setTimestamp(8, created);
                        p.addBatch();
                    }
                    threadId++;
                    if ((i + 1) % (BATCH / posts + 1) == 0) {
                        t.executeBatch();
                        p.executeBatch();
                    }
                    if ((i + 1) % 10_000 == 0) {
                        t.executeBatch();
                        p.executeBatch();
                        db.commit();
                        System.out.printf("%,d threads, %,d posts, %.0f s%n", i + 1, (long) (i + 1) * posts, (System.nanoTime() - started) / 1e9);
                    }
                }
                t.executeBatch();
                p.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                // one question in three has its first reply accepted
                s.executeUpdate("UPDATE thread SET accepted_post_id = (SELECT p.id FROM post p WHERE p.thread_id = thread.id "
                        + "AND p.position = 1) WHERE board_id = " + board + " AND MOD(id, 3) = 0");
                s.execute("ALTER SEQUENCE thread_seq RESTART WITH " + (threadId + 100));
                s.execute("ALTER SEQUENCE post_seq RESTART WITH " + (postId + 100));
                s.execute("ALTER SEQUENCE board_seq RESTART WITH " + (board + 100));
            }
            db.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Wrote %,d threads and %,d posts in %.0f s (%,.0f posts/s)%n", threads, (long) threads * posts, seconds,
                threads * (double) posts / seconds);
    }

    private static String sentences(List<String[]> corpus, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String[] row = corpus.get(random.nextInt(corpus.size()));
            text.append(random.nextBoolean() ? row[3] : row[2]).append(' ');
        }
        return text.toString().strip();
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
