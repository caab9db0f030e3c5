import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a running Qiao (loopback only) with one board of THREADS threads of POSTS posts each,
 * through the public API, as people would: Markdown bodies in Chinese and English, several authors,
 * every thread tagged 登录 and one of tag-0 … tag-19 (so a tag filter finds 1 in 20).
 *
 *   java portal/bench/GenerateCommunity.java http://127.0.0.1:9080 admin-password 10000 10
 *
 * Prints the board slug and a thread id to benchmark. Bounded: exactly THREADS x POSTS writes.
 */
public class GenerateCommunity {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String adminPassword = args[1];
        int threads = Integer.parseInt(args[2]);
        int posts = Integer.parseInt(args[3]);
        String admin = token(base, "admin", adminPassword);
        String slug = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        send(base, "POST", "api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"性能测试 Bench\"}", admin);
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = slug.replace("-", "") + "u" + i;
            send(base, "POST", "api/v1/accounts", "{\"username\":\"" + name + "\",\"email\":\"" + name
                    + "@example.com\",\"password\":\"bench-password-1\"}", null);
            authors.add(token(base, name, "bench-password-1"));
        }
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<Long>> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int t = 0; t < threads; t++) {
                int n = t;
                created.add(pool.submit(() -> {
                    String author = authors.get(n % authors.size());
                    String body = "我的账号第 " + n + " 次登录失败，提示 **密码错误**。\\n\\n- 已经重置过密码\\n- 换了浏览器\\n\\n`error 1024`";
                    long id = id(send(base, "POST", "api/v1/boards/" + slug + "/threads", "{\"title\":\"登录问题 #" + n
                            + " cannot sign in\",\"body\":\"" + body + "\",\"kind\":\"question\",\"tags\":[\"登录\",\"tag-"
                            + n % 20 + "\"]}", author));
                    for (int p = 1; p < posts; p++) {
                        send(base, "POST", "api/v1/threads/" + id + "/posts", "{\"body\":\"试试 [帮助中心](/help) 的第 " + p
                                + " 步，_清除缓存_ 后再登录。\"}", authors.get((n + p) % authors.size()));
                    }
                    int count = done.incrementAndGet();
                    if (count % 500 == 0) {
                        System.out.printf("%d threads, %.0f posts/s%n", count,
                                count * (double) posts / ((System.nanoTime() - started) / 1e9));
                    }
                    return id;
                }));
            }
        }
        long sample = created.get(created.size() / 2).get();
        System.out.printf("board=%s thread=%d (%d threads x %d posts in %.0f s)%n", slug, sample, threads, posts,
                (System.nanoTime() - started) / 1e9);
    }

    private static String token(URI base, String user, String password) throws Exception {
        Matcher m = TOKEN.matcher(send(base, "POST", "api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null));
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user);
        }
        return m.group(1);
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String send(URI base, String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
