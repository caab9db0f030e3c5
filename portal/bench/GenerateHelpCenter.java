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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a running Qiao (loopback only) with a help center through its API, as staff would: 4 categories
 * of 5 sections, and ARTICLES published articles spread over them, each with headings (a table of contents),
 * lists, labels and about 1,500 characters of Chinese and English text.
 *
 *   java portal/bench/GenerateHelpCenter.java http://127.0.0.1:9080 admin-password 2000
 *
 * Prints an article id to benchmark. Bounded: exactly 24 sections and ARTICLES articles.
 */
public class GenerateHelpCenter {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] TOPICS = {"账号安全", "支付与红包", "聊天记录", "游戏充值", "会员服务", "隐私设置", "登录问题", "设备管理"};

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int count = Integer.parseInt(args[2]);
        Matcher token = TOKEN.matcher(send(base, "POST", "api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}", null));
        token.find();
        String admin = token.group(1);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> sections = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            String category = "bench-" + run + "-c" + c;
            send(base, "POST", "api/v1/help/sections", "{\"slug\":\"" + category + "\",\"name\":\"" + TOPICS[c] + "\",\"icon\":\"📘\"}", admin);
            for (int s = 0; s < 5; s++) {
                String section = category + "-s" + s;
                send(base, "POST", "api/v1/help/sections", "{\"slug\":\"" + section + "\",\"name\":\"" + TOPICS[(c + s) % TOPICS.length] + " "
                        + (s + 1) + "\",\"parent\":\"" + category + "\"}", admin);
                sections.add(section);
            }
        }
        long started = System.nanoTime();
        List<Future<Long>> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    String topic = TOPICS[n % TOPICS.length];
                    String body = ("如何处理" + topic + "的问题（第 " + n + " 篇）。\\n\\n## 先检查这些\\n\\n- 网络是否正常\\n- 应用是否为最新版本\\n"
                            + "- 账号是否已实名认证\\n\\n## 操作步骤\\n\\n### 第一步：打开设置\\n\\n进入 **我** › **设置** › **" + topic + "**。"
                            + "If you use the English interface, open Settings and then " + topic + ".\\n\\n### 第二步：按提示操作\\n\\n"
                            + "按照页面提示完成验证。验证码五分钟内有效，请勿告诉任何人。".repeat(6)
                            + "\\n\\n## 仍然不行？\\n\\n在社区提问，或者联系人工客服。Still stuck? Ask the community.");
                    return id(send(base, "POST", "api/v1/help/articles", "{\"section\":\"" + sections.get(n % sections.size())
                            + "\",\"title\":\"" + topic + "常见问题 " + n + "\",\"body\":\"" + body + "\",\"lang\":\"zh-CN\",\"labels\":[\""
                            + topic + "\"],\"state\":\"published\"}", admin));
                }));
            }
            long last = 0;
            for (Future<Long> f : created) {
                last = f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Wrote %d articles in %.0f s (%.0f/s); an article to benchmark: %d%n", count, seconds, count / seconds, last);
        }
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String send(URI base, String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
