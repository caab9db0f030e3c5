package qiao.portal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client for the portal under test, speaking to it as a browser (forms with
 * their CSRF token) or as an API client (JSON, bearer tokens). Redirects are not followed, so tests
 * see them.
 */
public final class WebClient {

    public static final URI BASE = URI.create("http://127.0.0.1:" + System.getProperty("qiao.it.port", "19080") + "/");
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-Secret-1";
    public static final String PASSWORD = "correct-horse-battery";

    private static final Pattern ACCOUNT_ID = Pattern.compile("action=\"/admin/users/(\\d+)/roles\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String language = "zh-CN";
    private final URI base;

    /** A client of the Arquillian server. */
    public WebClient() {
        this(BASE);
    }

    /** A client of another Qiao (a {@link QiaoProcess}). */
    public WebClient(URI base) {
        this.base = base;
    }

    /** A response, with its body as text. */
    public record Page(int status, HttpHeaders headers, String body) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String location() {
            return header("Location").orElse("");
        }

        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token in page:\n" + body);
            }
            return m.group(1);
        }
    }

    /** A username no other test uses in this run. */
    public static String uniqueName(String prefix) {
        return prefix + NAMES.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public WebClient acceptLanguage(String tag) {
        this.language = tag;
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Opens {@code formPage} like a browser, then posts the fields with that page's CSRF token. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get(formPage).csrf());
        return postForm(action, withToken);
    }

    public Page postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page json(String method, String path, String json, String bearer) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body));
    }

    public Page raw(HttpRequest.Builder request) {
        return send(request);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void dropCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    /** Signs up through the form and stays signed in; returns the username. */
    public String signUp(String username) {
        Page page = submit("/signup", "/signup", Map.of("username", username, "email", username + "@example.com",
                "password", PASSWORD, "passwordAgain", PASSWORD));
        if (page.status() != 303) {
            throw new AssertionError("sign-up failed with " + page.status() + ":\n" + page.body());
        }
        return username;
    }

    public Page signIn(String username, String password) {
        return submit("/signin", "/signin", Map.of("username", username, "password", password, "next", "/"));
    }

    /** An API token of the administrator the tests' server was started with. */
    public String adminToken() {
        return token(ADMIN, ADMIN_PASSWORD);
    }

    /** Signs up a new member (in a browser of its own) and returns an API token for them. */
    public String newMemberToken(String prefix) {
        return token(new WebClient(base).signUp(uniqueName(prefix)), PASSWORD);
    }

    /** A new member whom the admin gave a role (staff, moderator, admin) on the admin page; their username. */
    public String newMemberWithRole(String role) {
        String name = new WebClient(base).signUp(uniqueName(role));
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        Page list = admin.get("/admin/users?q=" + name);
        Matcher id = ACCOUNT_ID.matcher(list.body());
        if (!id.find()) {
            throw new IllegalStateException("No " + name + " on the admin page");
        }
        Page granted = admin.postForm("/admin/users/" + id.group(1) + "/roles", Map.of("_csrf", list.csrf(), "role", role, "action", "grant"));
        if (granted.status() != 303) {
            throw new IllegalStateException("Granting " + role + " answered " + granted.status());
        }
        return name;
    }

    /** An API bearer token for the account. */
    public String token(String username, String password) {
        Page page = json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (page.status() != 200) {
            throw new AssertionError("token refused with " + page.status() + ": " + page.body());
        }
        return page.json().getString("token");
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
