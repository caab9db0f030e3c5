package qiao.portal.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * Erasure: by the person (password asked again, through the API and the page) or by an admin; everything personal goes
 * in one go, posts stay by "已注销用户", the old name cannot sign in or be taken, and the last admin is never erased.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureIT {

    private static final Pattern OTHER_ADMIN = Pattern.compile(
            "action=\"/admin/users/(\\d+)/roles\"(?:(?!</form>).)*?value=\"admin\">(?:(?!</form>).)*?value=\"revoke\"",
            Pattern.DOTALL);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("zh-CN");
    private final String admin = api.adminToken();

    @Test
    void aPersonErasesTheirAccountAndTheirPostsStayByADeletedUser() {
        WebClient browser = new WebClient().acceptLanguage("zh-CN");
        String name = browser.signUp(WebClient.uniqueName("leaver"));
        String token = api.token(name, WebClient.PASSWORD);
        String other = api.newMemberToken("stayer");
        long thread = PrivacyFixture.threadBy(api, admin, token, "要走的人的问题 " + name, "问题正文");
        PrivacyFixture.reply(api, thread, other, "留下的人的回复");
        assertEquals(200, api.json("POST", "/api/v1/threads/" + thread + "/follow", null, other).status());
        PrivacyFixture.reply(api, thread, token, "要走的人的补充 @" + name);
        assertEquals(204, api.json("PUT", "/api/v1/drafts/thread-" + thread, "{\"body\":\"草稿\"}", token).status());
        PrivacyFixture.greetings(api, admin, "enable");
        try {
            PrivacyFixture.chooseBirthdayGreeting(browser);
        } finally {
            PrivacyFixture.greetings(api, admin, "disable");
        }
        long id = api.json("GET", "/api/v1/me", null, token).json().getJsonNumber("id").longValue();

        Page missing = api.json("DELETE", "/api/v1/me", "{}", token);
        assertEquals(400, missing.status(), missing.body());
        Page wrong = api.json("DELETE", "/api/v1/me", PrivacyFixture.password("not-my-password"), token);
        assertEquals(403, wrong.status(), wrong.body());
        assertEquals("密码不正确，没有删除任何内容。", wrong.json().getString("detail"));
        assertEquals(200, api.json("GET", "/api/v1/me", null, token).status(), "nothing was erased");

        Page erased = api.json("DELETE", "/api/v1/me", PrivacyFixture.password(WebClient.PASSWORD), token);
        assertEquals(204, erased.status(), erased.body());

        assertEquals(401, api.json("GET", "/api/v1/me", null, token).status(), "the API token is gone");
        assertEquals(303, browser.get("/profile").status(), "the browser's session is gone");
        assertEquals(401, api.json("POST", "/api/v1/auth/token",
                "{\"username\":\"" + name + "\",\"password\":\"" + WebClient.PASSWORD + "\"}", null).status());
        assertNotEquals(303, new WebClient().signIn(name, WebClient.PASSWORD).status(), "signing in with the old name fails");

        String page = api.get("/t/" + thread).body();
        assertTrue(page.contains("已注销用户"), page);
        assertFalse(page.contains(">" + name + "<") || page.contains("@" + name + " ·"), "the old name is shown nowhere as author");
        assertTrue(page.contains("要走的人的补充"), "the posts stay");
        assertTrue(page.contains("<span class=\"author erased\">已注销用户</span>") && !page.contains("href=\"/u/~" + id + "\""),
                "a deleted user has no page to link to");
        JsonObject detail = new WebClient().acceptLanguage("en").json("GET", "/api/v1/threads/" + thread, null, null).json();
        assertTrue(detail.toString().contains("\"displayName\":\"Deleted user\""), detail.toString());
        assertFalse(detail.toString().contains("\"username\":\"" + name + "\""), detail.toString());
        String othersInbox = api.json("GET", "/api/v1/notifications", null, other).body();
        assertTrue(othersInbox.contains("已注销用户") && !othersInbox.contains("\"username\":\"" + name + "\""),
                othersInbox);
        assertEquals(404, api.get("/u/" + name).status(), "no public page under the old name");

        JsonObject left = api.json("GET", "/api/v1/admin/users/" + id + "/export", null, admin).json();
        assertFalse(left.getJsonObject("account").containsKey("email") && !left.getJsonObject("account").isNull("email"),
                left.toString());
        assertEquals(0, left.getJsonObject("plugins").size(), "the plugin's per-person records are gone: " + left);
        assertEquals(0, left.getJsonArray("notifications").size());
        assertEquals(0, left.getJsonObject("community").getJsonArray("drafts").size());
        assertEquals(0, left.getJsonObject("account").getJsonArray("sessionsAndTokens").size());
        assertEquals(2, left.getJsonObject("community").getJsonArray("posts").size(), "posts stay");

        Page taken = api.json("POST", "/api/v1/accounts", "{\"username\":\"" + name.toUpperCase() + "\",\"email\":\"new-"
                + name + "@example.com\",\"password\":\"" + WebClient.PASSWORD + "\"}", null);
        assertEquals(409, taken.status(), "the name stays reserved: " + taken.body());
        Page emailFree = api.json("POST", "/api/v1/accounts", "{\"username\":\"" + WebClient.uniqueName("again")
                + "\",\"email\":\"" + name + "@example.com\",\"password\":\"" + WebClient.PASSWORD + "\"}", null);
        assertEquals(201, emailFree.status(), "the e-mail address is free again: " + emailFree.body());
    }

    @Test
    void theErasePageAsksForThePasswordAndATick() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("pager"));
        assertTrue(browser.get("/profile").body().contains("href=\"/profile/erase\""), "reached from the profile");
        Page form = browser.get("/profile/erase");
        assertEquals(200, form.status());
        assertEquals(403, browser.postForm("/profile/erase", Map.of("password", WebClient.PASSWORD, "understood", "yes")).status(),
                "no CSRF token, no erasure");
        Page untickled = browser.submit("/profile/erase", "/profile/erase", Map.of("password", WebClient.PASSWORD));
        assertEquals(400, untickled.status());
        assertTrue(untickled.body().contains("Tick the box"), untickled.body());
        Page wrong = browser.submit("/profile/erase", "/profile/erase", Map.of("password", "wrong-password-1", "understood", "yes"));
        assertEquals(403, wrong.status());
        assertTrue(wrong.body().contains("The password is not correct"), wrong.body());
        assertEquals(200, browser.get("/profile").status(), "still there");

        Page done = browser.submit("/profile/erase", "/profile/erase", Map.of("password", WebClient.PASSWORD, "understood", "yes"));
        assertEquals(303, done.status(), done.body());
        assertTrue(done.location().endsWith("/profile/erase/done"), done.location());
        assertTrue(browser.get("/profile/erase/done").body().contains("Your account has been erased"));
        assertEquals(303, browser.get("/profile").status(), "signed out");
        assertNotEquals(303, new WebClient().signIn(name, WebClient.PASSWORD).status());
    }

    @Test
    void adminsEraseOthersButNeverTheLastAdmin() {
        String member = api.newMemberToken("erasable");
        long id = api.json("GET", "/api/v1/me", null, member).json().getJsonNumber("id").longValue();
        assertEquals(403, api.json("DELETE", "/api/v1/admin/users/" + id, null, api.newMemberToken("vigilante")).status());
        assertEquals(404, api.json("DELETE", "/api/v1/admin/users/999999999", null, admin).status());

        WebClient adminPages = new WebClient().acceptLanguage("en");
        adminPages.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page confirm = adminPages.get("/admin/users/" + id + "/erase");
        assertEquals(200, confirm.status(), confirm.body());
        Page erased = adminPages.postForm("/admin/users/" + id + "/erase", Map.of("_csrf", confirm.csrf()));
        assertEquals(303, erased.status(), erased.body());
        assertTrue(adminPages.get(erased.location()).body().contains("id=\"account-erased\""));
        assertEquals(401, api.json("GET", "/api/v1/me", null, member).status());
        assertEquals(204, api.json("DELETE", "/api/v1/admin/users/" + id, null, admin).status(), "erasing again changes nothing");
        assertFalse(adminPages.get("/admin/users?q=~").body().contains("/admin/users/" + id + "/roles"),
                "an erased account is no member in the list");

        String second = api.newMemberToken("second");
        long secondId = api.json("GET", "/api/v1/me", null, second).json().getJsonNumber("id").longValue();
        assertEquals(303, adminPages.postForm("/admin/users/" + secondId + "/roles", Map.of("_csrf", confirm.csrf(),
                "role", "admin", "action", "grant", "confirmed", "yes")).status());
        assertEquals(204, api.json("DELETE", "/api/v1/admin/users/" + secondId, null, admin).status(), "another admin remains");

        long adminId = api.json("GET", "/api/v1/me", null, admin).json().getJsonNumber("id").longValue();
        revokeEveryOtherAdmin(adminPages);
        Page last = api.json("DELETE", "/api/v1/admin/users/" + adminId, null, admin);
        assertEquals(409, last.status(), last.body());
        assertEquals("这是本站最后一位管理员。请先将其他人设为管理员，再注销这个账号。", last.json().getString("detail"));
        assertEquals(409, api.json("DELETE", "/api/v1/me", PrivacyFixture.password(WebClient.ADMIN_PASSWORD), admin).status());
        assertEquals(200, api.json("GET", "/api/v1/me", null, admin).status());
    }

    /** Other test classes made admins of their own; the admin takes the role back from each, page by page. */
    private static void revokeEveryOtherAdmin(WebClient adminPages) {
        for (int page = 0; ; page++) {
            Page list = adminPages.get("/admin/users?page=" + page);
            Matcher others = OTHER_ADMIN.matcher(list.body());
            while (others.find()) {
                Page revoked = adminPages.postForm("/admin/users/" + others.group(1) + "/roles",
                        Map.of("_csrf", list.csrf(), "role", "admin", "action", "revoke"));
                if (revoked.status() != 303 && revoked.status() != 409) {
                    throw new AssertionError("revoking answered " + revoked.status());
                }
            }
            if (!list.body().contains("page=" + (page + 1) + "\"")) {
                return;
            }
        }
    }
}
