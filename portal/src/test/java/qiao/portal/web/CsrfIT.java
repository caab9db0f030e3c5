package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * The CSRF defence in depth: another site's request is refused even with a valid token, and the
 * 403 page says what was asked and offers one-click sending again only for this site's own forms,
 * in a session, and never for admin, role, moderation or account actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    private static final Pattern ACCOUNT_ID = Pattern.compile("action=\"/admin/users/(\\d+)/roles\"");
    private static final String SELF = "http://" + WebClient.BASE.getAuthority();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static Page post(WebClient browser, String path, Map<String, String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = browser.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return browser.raw(request);
    }

    /** The admin's pages speak the language of the admin's profile, which other tests may change. */
    private static boolean says(Page page, String chinese, String english) {
        return page.body().contains(chinese) || page.body().contains(english);
    }

    private static String accountId(WebClient admin, String name) {
        Matcher m = ACCOUNT_ID.matcher(admin.get("/admin/users?q=" + name).body());
        assertTrue(m.find());
        return m.group(1);
    }

    /** A member to make an admin of, and the real admin signed in in a browser. */
    private record RoleGrant(String target, String id, WebClient admin) {
        static RoleGrant prepare() {
            String target = new WebClient().signUp(WebClient.uniqueName("target"));
            WebClient admin = new WebClient().acceptLanguage("en");
            admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
            return new RoleGrant(target, accountId(admin, target), admin);
        }
    }

    @Test
    void anotherSitesRequestIsRefusedEvenWithAValidTokenAndOfferedForNothing() {
        RoleGrant grantee = RoleGrant.prepare();
        String target = grantee.target();
        WebClient admin = grantee.admin();
        String id = grantee.id();
        String token = admin.get("/admin/users").csrf();
        Map<String, String> grant = Map.of("_csrf", token, "role", "admin", "action", "grant", "q", "");
        String[][] forged = {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site"}, {"Origin", "null"}, {"Origin", "http://127.0.0.1:1"},
            {"Referer", "https://evil.example/page"}};
        for (String[] header : forged) {
            Page refused = post(admin, "/admin/users/" + id + "/roles", grant, header);
            assertEquals(403, refused.status(), String.join(": ", header));
            assertTrue(says(refused, "已拒绝来自其他网站的请求", "Request from another site refused"), refused.body());
            assertTrue(says(refused, "更改他人的角色", "change someone’s role"), "says plainly what was asked");
            assertFalse(refused.body().contains("id=\"form-retry\"") || refused.body().contains("value=\"admin\""),
                    "keeps nothing of the forged fields: " + refused.body());
        }
        assertTrue(admin.json("GET", "/api/v1/me", null, admin.token(target, WebClient.PASSWORD)).body()
                .contains("\"roles\":[\"user\"]"), "the role was never granted");
        Map<String, String> confirmed = new java.util.HashMap<>(grant);
        confirmed.put("confirmed", "yes");
        Page same = post(admin, "/admin/users/" + id + "/roles", confirmed, "Origin", SELF, "Sec-Fetch-Site", "same-origin");
        assertEquals(303, same.status(), "this site's own page, with its token, works");
    }

    @Test
    void anExpiredTokenOnAnAdminFormSendsTheAdminBackInsteadOfOfferingAReplay() {
        RoleGrant grantee = RoleGrant.prepare();
        WebClient admin = grantee.admin();
        String id = grantee.id();
        Page expired = post(admin, "/admin/users/" + id + "/roles", Map.of("_csrf", "stale", "role", "admin",
                "action", "grant"), "Origin", SELF, "Sec-Fetch-Site", "same-origin");
        assertEquals(403, expired.status());
        assertTrue(says(expired, "你要更改他人的角色", "You asked to change someone’s role"), expired.body());
        assertFalse(expired.body().contains("id=\"form-retry\""), "no one-click replay for a role");
        assertTrue(expired.body().contains("href=\"/admin/users\""));
        assertFalse(says(expired, "你填写的内容", "What you wrote"), "the admin typed nothing");
    }

    @Test
    void anExpiredTokenOnAReplyKeepsTheTextAndSendsItAgain() {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("cs").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"CSRF\"}",
                api.adminToken()).status());
        WebClient member = new WebClient().acceptLanguage("en");
        String name = member.signUp(WebClient.uniqueName("writer"));
        long thread = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"A long thread\","
                + "\"body\":\"x\",\"kind\":\"discussion\"}", api.token(name, WebClient.PASSWORD)).json()
                .getJsonNumber("id").longValue();
        Page expired = post(member, "/t/" + thread + "/reply", Map.of("_csrf", "expired-long-ago",
                "body", "My carefully written answer", "key", "k-" + thread), "Origin", SELF, "Sec-Fetch-Site", "same-origin");
        assertEquals(403, expired.status());
        assertTrue(expired.body().contains("You asked to reply to a thread"), expired.body());
        assertTrue(expired.body().contains("My carefully written answer") && expired.body().contains("id=\"form-retry\""));
        Page sent = post(member, "/t/" + thread + "/reply", Map.of("_csrf", expired.csrf(),
                "body", "My carefully written answer", "key", "k-" + thread), "Origin", SELF, "Sec-Fetch-Site", "same-origin");
        assertEquals(303, sent.status(), sent.body());
        assertTrue(new WebClient().get("/t/" + thread).body().contains("My carefully written answer"));

        Page unknown = post(member, "/t/" + thread + "/reply", Map.of("_csrf", "x", "body", "no browser headers"));
        assertFalse(unknown.body().contains("id=\"form-retry\""), "a request no browser header vouches for is not replayed");
    }

    @Test
    void apiClientsGetAProblemSayingWhy() {
        WebClient member = new WebClient().acceptLanguage("en");
        member.signUp(WebClient.uniqueName("apic"));
        Page refused = member.raw(member.request("/api/v1/notifications/read").header("Accept", "application/json")
                .header("Content-Type", "text/plain").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(403, refused.status());
        assertEquals("This request came from another site and was not carried out.", refused.json().getString("detail"));
    }
}
