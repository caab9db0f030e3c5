import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast a running Qiao (loopback only) hands events to a plugin's listener: installs the guide's example plugin
 * (its listener counts replies), posts COUNT replies from CLIENTS clients at once, and waits until the plugin has heard
 * them all. Prints the writes' rate and the delivery rate (events heard per second, from the first reply to the last
 * event heard) and how far delivery lagged behind the last write.
 *
 *   ./mvnw -pl plugins/example package
 *   java portal/bench/PluginEvents.java http://127.0.0.1:9080 admin-password plugins/example/target/qiao-plugin-example-0.1.0-SNAPSHOT.jar 2000 8
 */
public class PluginEvents {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern REPLIES = Pattern.compile("\"replies\":(\\d+)");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int count = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        Matcher token = TOKEN.matcher(send(base, "POST", "api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}",
                null, "application/json"));
        token.find();
        String admin = token.group(1);
        HttpRequest install = HttpRequest.newBuilder(base.resolve("api/v1/admin/plugins")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of(args[2])))).build();
        System.out.println("install: " + HTTP.send(install, HttpResponse.BodyHandlers.ofString()).body().replaceAll("\"schema\".*", "…"));
        int before = replies(base);
        String slug = "events-" + Long.toString(System.currentTimeMillis(), 36);
        send(base, "POST", "api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"事件 Events\"}", admin, "application/json");
        Matcher thread = ID.matcher(send(base, "POST", "api/v1/boards/" + slug + "/threads",
                "{\"title\":\"听众 listener\",\"body\":\"每条回复都是一个事件\",\"kind\":\"discussion\"}", admin, "application/json"));
        thread.find();
        String posts = "api/v1/threads/" + thread.group(1) + "/posts";
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<String>> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            writes.add(pool.submit(() -> send(base, "POST", posts, "{\"body\":\"第 " + n + " 条回复\"}", admin, "application/json")));
        }
        for (Future<String> write : writes) {
            write.get();
        }
        long written = System.nanoTime();
        pool.shutdown();
        long deadline = written + 300_000_000_000L;
        int heard;
        while ((heard = replies(base) - before) < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long done = System.nanoTime();
        System.out.printf("%d replies from %d clients: written at %.0f/s; heard %d, delivered at %.0f events/s; the last heard %d ms "
                + "after the last write%n", count, clients, count / seconds(written - started), heard, heard / seconds(done - started),
                (done - written) / 1_000_000);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int replies(URI base) throws Exception {
        Matcher m = REPLIES.matcher(send(base, "GET", "p/hello/count", null, null, null));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String send(URI base, String method, String path, String body, String bearer, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
