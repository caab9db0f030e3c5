import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A backlog of events for a plugin's listener, written straight into a stopped Qiao's database, to measure how fast
 * the host delivers them when it starts: COUNT PostPublished events of one thread for the plugin PLUGIN (which must
 * be installed, such as the guide's example "hello"). Start Qiao afterwards and watch the plugin's count grow
 * (for hello: GET /p/hello/count). Qiao must not be running on an H2 file while this writes.
 *
 *   java -cp <h2 or postgresql driver jar> portal/bench/QueuePluginEvents.java JDBC_URL USER PASSWORD hello 251 20000
 *
 * Bounded: exactly COUNT rows.
 */
public class QueuePluginEvents {

    private static final int BATCH = 1_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (url.startsWith("jdbc:postgresql:") && !url.contains("//127.") && !url.contains("//localhost")) {
            throw new IllegalArgumentException("loopback only: " + url);
        }
        String plugin = args[3];
        long thread = Long.parseLong(args[4]);
        int count = Integer.parseInt(args[5]);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long board;
            try (PreparedStatement q = db.prepareStatement("SELECT board_id FROM thread WHERE id = ?")) {
                q.setLong(1, thread);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("no thread " + thread);
                    }
                    board = r.getLong(1);
                }
            }
            long first;
            try (PreparedStatement q = db.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1000 FROM plugin_event");
                    ResultSet r = q.executeQuery()) {
                r.next();
                first = Math.max(r.getLong(1), 1_000_000_000L);
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO plugin_event (id, plugin_id, event_type, payload, created_at, "
                    + "attempts, next_attempt_at) VALUES (?, ?, 'PostPublished', ?, ?, 0, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, first + i);
                    insert.setString(2, plugin);
                    insert.setString(3, "{\"actorId\":1,\"at\":\"" + Instant.now() + "\",\"boardId\":" + board + ",\"postId\":"
                            + (first + i) + ",\"threadId\":" + thread + "}");
                    insert.setObject(4, now);
                    insert.setObject(5, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
        }
        System.out.println(count + " events queued for " + plugin);
    }
}
