package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** The JSON API of accounts and tokens, including everything a careless or hostile client sends. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private static String account(String username, String email, String password) {
        return "{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void signUpThenTokenThenMeThenRevoke() {
        String name = WebClient.uniqueName("api");
        Page created = api.json("POST", "/api/v1/accounts", account(name, name + "@example.com", WebClient.PASSWORD), null);
        assertEquals(201, created.status(), created.body());
        assertEquals(name, created.json().getString("username"));

        String token = api.token(name, WebClient.PASSWORD);
        Page me = api.json("GET", "/api/v1/me", null, token);
        assertEquals(200, me.status());
        JsonObject body = me.json();
        assertEquals(name, body.getString("username"));
        assertEquals(List.of("user"), body.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));

        assertEquals(204, api.json("DELETE", "/api/v1/auth/token", null, token).status());
        Page revoked = api.json("GET", "/api/v1/me", null, token);
        assertEquals(401, revoked.status());
        assertEquals("application/problem+json", revoked.header("Content-Type").orElseThrow());
    }

    @Test
    void tokenSaysWhenItExpires() {
        Page issued = api.json("POST", "/api/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + WebClient.ADMIN_PASSWORD + "\"}", null);
        assertEquals(200, issued.status());
        java.time.Instant expires = java.time.Instant.parse(issued.json().getString("expiresAt"));
        long days = java.time.Duration.between(java.time.Instant.now(), expires).toDays();
        assertTrue(days >= 89 && days <= 90, "API tokens last 90 days: " + expires);
        assertTrue(issued.json().getString("token").length() >= 40);
    }

    @Test
    void adminTokenShowsEveryRole() {
        String token = api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        List<String> roles = api.json("GET", "/api/v1/me", null, token).json().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString::getString);
        assertTrue(roles.containsAll(List.of("user", "staff", "moderator", "admin")), roles.toString());
    }

    @Test
    void meWithoutTokenIs401Problem() {
        Page page = api.json("GET", "/api/v1/me", null, null);
        assertEquals(401, page.status());
        assertEquals("Sign-in required", page.json().getString("title"));
        assertTrue(page.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void forgedTokenIs401() {
        assertEquals(401, api.json("GET", "/api/v1/me", null, "not-a-real-token-but-long-enough").status());
    }

    @Test
    void wrongPasswordIs401ProblemInTheCallersLanguage() {
        Page en = api.json("POST", "/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"nope-nope-nope\"}", null);
        assertEquals(401, en.status());
        assertEquals("The username or password is not correct.", en.json().getString("detail"));
        Page zh = new WebClient().acceptLanguage("zh-CN")
                .json("POST", "/api/v1/auth/token", "{\"username\":\"nobody-here\",\"password\":\"nope-nope-nope\"}", null);
        assertEquals(401, zh.status());
        assertEquals("用户名或密码不正确。", zh.json().getString("detail"));
    }

    @Test
    void invalidFieldsAreListedOneByOne() {
        Page page = api.json("POST", "/api/v1/accounts", account("<script>", "not-an-email", "short"), null);
        assertEquals(400, page.status());
        assertEquals("application/problem+json", page.header("Content-Type").orElseThrow());
        List<String> fields = page.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("username", "email", "password"), fields);
    }

    @Test
    void takenUsernameIs409WhateverTheCase() {
        String name = WebClient.uniqueName("Taken");
        assertEquals(201, api.json("POST", "/api/v1/accounts", account(name, name + "@example.com", WebClient.PASSWORD), null).status());
        Page again = api.json("POST", "/api/v1/accounts",
                account(name.toUpperCase(), name + "-2@example.com", WebClient.PASSWORD), null);
        assertEquals(409, again.status());
        assertTrue(again.json().getString("detail").contains("username"), again.body());
    }

    @Test
    void malformedEmptyAndMistypedBodiesAre400() {
        assertEquals(400, api.json("POST", "/api/v1/accounts", "{\"username\":", null).status());
        assertEquals(400, api.json("POST", "/api/v1/accounts", "", null).status());
        assertEquals(400, api.json("POST", "/api/v1/accounts", "null", null).status());
        assertEquals(400, api.json("POST", "/api/v1/accounts", "[1,2,3]", null).status());
        Page mistyped = api.json("POST", "/api/v1/accounts", "{\"username\":{\"a\":1},\"email\":[],\"password\":5}", null);
        assertEquals(400, mistyped.status(), mistyped.body());
        assertEquals("application/problem+json", mistyped.header("Content-Type").orElseThrow());
    }

    @Test
    void invalidUtf8IsRefused() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("{\"username\":\"ab".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its continuation
        out.writeBytes("c\",\"email\":\"x@example.com\",\"password\":\"correct-horse-battery\"}".getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        Page page = api.raw(api.request("/api/v1/accounts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(400, page.status(), page.body());
        assertEquals("The request contains bytes that are not valid UTF-8 text.",
                page.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void tenMegabyteBodyIs413AndCreatesNothing() {
        String name = WebClient.uniqueName("huge");
        String padding = "x".repeat(10 * 1024 * 1024);
        Page page = api.json("POST", "/api/v1/accounts",
                "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"" + WebClient.PASSWORD
                        + "\",\"bio\":\"" + padding + "\"}", null);
        assertEquals(413, page.status());
        assertEquals("application/problem+json", page.header("Content-Type").orElseThrow());
        assertEquals(401, api.json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + name + "\",\"password\":\"" + WebClient.PASSWORD + "\"}", null).status());
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        Page page = api.raw(api.request("/api/v1/accounts").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertEquals(415, page.status());
        assertFalse(page.body().contains("Exception"), page.body());
    }
}
