import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a new post takes to become searchable in a running Qiao (loopback only): posts COUNT
 * threads one after another, each with a word nobody else wrote, and searches for it every 10 ms
 * until it is found. Prints the median, the 95th percentile and the longest wait.
 *
 *   java portal/bench/PostToSearchable.java http://127.0.0.1:9080 admin-password 100
 */
public class PostToSearchable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int count = Integer.parseInt(args[2]);
        Matcher token = TOKEN.matcher(send(base, "POST", "api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}",
                null));
        token.find();
        String admin = token.group(1);
        String slug = "searchable-" + Long.toString(System.currentTimeMillis(), 36);
        send(base, "POST", "api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"可搜索 Searchable\"}", admin);
        Random random = new Random();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < 4; c++) {
                word.appendCodePoint(0x5000 + random.nextInt(0x4000));
            }
            long posted = System.nanoTime();
            send(base, "POST", "api/v1/boards/" + slug + "/threads", "{\"title\":\"新帖 " + word + "\",\"body\":\"多久能搜到 " + word
                    + "\",\"kind\":\"question\"}", admin);
            long deadline = posted + 30_000_000_000L;
            String query = "api/v1/search?q=" + URLEncoder.encode(word.toString(), StandardCharsets.UTF_8);
            while (send(base, "GET", query, null, null).contains("\"total\":0") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            millis.add((System.nanoTime() - posted) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("Post to searchable, %d posts: median %d ms, p95 %d ms, longest %d ms (from sending the post to the "
                + "first search that finds it)%n", count, millis.get(count / 2), millis.get((int) Math.ceil(count * 0.95) - 1),
                millis.get(count - 1));
    }

    private static String send(URI base, String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
