package qiao.portal.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * A person's data export: everything of their own in one attachment (account, posts, votes, follows, drafts,
 * notifications, a plugin's per-person records), none of anyone else's; for themselves or an admin only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    @Test
    void aPersonDownloadsTheirOwnDataAndNobodyElses() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("exporter"));
        String token = api.token(name, WebClient.PASSWORD);
        String other = api.newMemberToken("replier");
        long thread = PrivacyFixture.threadBy(api, admin, token, "我的问题 " + name, "我的问题正文，手机 13812345678");
        PrivacyFixture.reply(api, thread, other, "别人的回复，不该出现在导出里");
        PrivacyFixture.reply(api, thread, token, "我自己的补充");
        assertEquals(200, api.json("POST", "/api/v1/threads/" + thread + "/follow", null, other).status());
        assertEquals(204, api.json("PUT", "/api/v1/drafts/thread-" + thread, "{\"body\":\"写了一半\"}", token).status());
        PrivacyFixture.greetings(api, admin, "enable");
        try {
            PrivacyFixture.chooseBirthdayGreeting(browser);
        } finally {
            PrivacyFixture.greetings(api, admin, "disable");
        }

        Page export = api.json("GET", "/api/v1/me/export", null, token);
        assertEquals(200, export.status(), export.body());
        JsonObject data = export.json();
        long id = data.getJsonObject("account").getJsonNumber("id").longValue();
        assertEquals("attachment; filename=\"qiao-export-" + id + ".json\"", export.header("Content-Disposition").orElse(""));
        assertTrue(data.containsKey("exportedAt"));
        assertEquals(name, data.getJsonObject("account").getString("username"));
        assertEquals(name + "@example.com", data.getJsonObject("account").getString("email"));
        assertFalse(export.body().contains("passwordHash") || export.body().contains("pbkdf2"), "no secret leaves");
        JsonObject community = data.getJsonObject("community");
        assertEquals(1, community.getJsonArray("threads").size());
        assertTrue(export.body().contains("手机 13812345678"), "the author's own words, as written");
        assertTrue(export.body().contains("我自己的补充"));
        assertFalse(export.body().contains("别人的回复"), "another person's reply is theirs: " + export.body());
        assertEquals("写了一半", community.getJsonArray("drafts").getJsonObject(0).getString("body"));
        assertTrue(data.getJsonArray("notifications").toString().contains("我的问题 " + name), data.toString());
        assertEquals(1, data.getJsonObject("plugins").getJsonObject("greetings").size(), data.toString());
        assertTrue(data.getJsonObject("plugins").getJsonObject("greetings").containsKey("birthday"));

        Page theirs = api.json("GET", "/api/v1/me/export", null, other);
        assertFalse(theirs.body().contains("我自己的补充"), "the replier's export holds none of the author's posts");
        assertTrue(theirs.json().getJsonObject("community").getJsonArray("follows").toString().contains("\"id\":" + thread),
                theirs.body());
    }

    @Test
    void onlyThePersonAndAdminsMayExport() {
        WebClient browser = new WebClient().acceptLanguage("zh-CN");
        String name = browser.signUp(WebClient.uniqueName("cookie"));
        Page own = browser.get("/api/v1/me/export");
        assertEquals(200, own.status(), "the session cookie is enough");
        long id = own.json().getJsonObject("account").getJsonNumber("id").longValue();
        assertTrue(browser.get("/profile").body().contains("href=\"/api/v1/me/export\""), "the link on the profile");
        assertTrue(browser.get("/profile").body().contains("下载我的数据"));

        Page anonymous = new WebClient().acceptLanguage("zh-CN").json("GET", "/api/v1/me/export", null, null);
        assertEquals(401, anonymous.status());
        assertEquals("application/problem+json", anonymous.header("Content-Type").orElse(""));
        String stranger = api.newMemberToken("stranger");
        assertEquals(403, api.json("GET", "/api/v1/admin/users/" + id + "/export", null, stranger).status());
        assertEquals(401, api.json("GET", "/api/v1/admin/users/" + id + "/export", null, null).status());
        Page byAdmin = api.json("GET", "/api/v1/admin/users/" + id + "/export", null, admin);
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(name, byAdmin.json().getJsonObject("account").getString("username"));
        assertEquals(404, api.json("GET", "/api/v1/admin/users/999999999/export", null, admin).status());
    }
}
