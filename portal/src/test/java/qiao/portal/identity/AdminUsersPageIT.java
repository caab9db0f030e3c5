package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** Admins grant and revoke roles; nobody else can, whatever they send. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUsersPageIT {

    private static final Pattern ROLE_FORM = Pattern.compile("action=\"/admin/users/(\\d+)/roles\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static long accountId(Page adminPage) {
        Matcher m = ROLE_FORM.matcher(adminPage.body());
        assertTrue(m.find(), adminPage.body());
        return Long.parseLong(m.group(1));
    }

    private static List<String> roles(WebClient client, String username) {
        String token = client.token(username, WebClient.PASSWORD);
        return client.json("GET", "/api/v1/me", null, token).json().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void adminGrantsAndRevokesStaff() {
        String name = new WebClient().signUp(WebClient.uniqueName("staff"));
        WebClient admin = new WebClient();
        assertEquals(303, admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD).status());
        Page list = admin.get("/admin/users?q=" + name);
        assertEquals(200, list.status());
        long id = accountId(list);

        Page granted = admin.postForm("/admin/users/" + id + "/roles",
                Map.of("_csrf", list.csrf(), "role", "staff", "action", "grant", "q", name));
        assertEquals(303, granted.status());
        assertEquals(List.of("user", "staff"), roles(new WebClient(), name));

        admin.postForm("/admin/users/" + id + "/roles", Map.of("_csrf", list.csrf(), "role", "staff", "action", "revoke"));
        assertEquals(List.of("user"), roles(new WebClient(), name));
    }

    @Test
    void makingSomeoneAnAdminIsAskedTwice() {
        String name = new WebClient().signUp(WebClient.uniqueName("heir"));
        WebClient admin = new WebClient();
        admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page list = admin.get("/admin/users?q=" + name);
        long id = accountId(list);
        Page asked = admin.postForm("/admin/users/" + id + "/roles",
                Map.of("_csrf", list.csrf(), "role", "admin", "action", "grant", "q", name));
        assertEquals(200, asked.status());
        assertTrue(asked.body().contains("id=\"confirm-admin\"") && asked.body().contains("@" + name), asked.body());
        assertEquals(List.of("user"), roles(new WebClient(), name), "nothing granted yet");
        Page confirmed = admin.postForm("/admin/users/" + id + "/roles", Map.of("_csrf", asked.csrf(), "role", "admin",
                "action", "grant", "confirmed", "yes", "q", name));
        assertEquals(303, confirmed.status());
        assertEquals(List.of("user", "admin"), roles(new WebClient(), name));
    }

    @Test
    void usersCannotSeeTheAdminPageNorGrantThemselvesRoles() {
        WebClient user = new WebClient();
        String name = user.signUp(WebClient.uniqueName("climber"));
        assertEquals(403, user.get("/admin/users").status());
        String csrf = user.get("/").csrf();
        for (long id = 1; id <= 3; id++) {
            Page attempt = user.postForm("/admin/users/" + id + "/roles", Map.of("_csrf", csrf, "role", "admin", "action", "grant"));
            assertEquals(403, attempt.status());
        }
        assertEquals(List.of("user"), roles(new WebClient(), name));
        assertEquals(303, new WebClient().get("/admin/users").status(), "anonymous visitors are sent to sign in");
    }

    @Test
    void adminCannotRevokeTheirOwnAdminRole() {
        WebClient admin = new WebClient().acceptLanguage("en");
        admin.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Page list = admin.get("/admin/users?q=admin");
        long id = accountId(list);
        Page refused = admin.postForm("/admin/users/" + id + "/roles",
                Map.of("_csrf", list.csrf(), "role", "admin", "action", "revoke"));
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("不能撤销自己的管理员角色"), "in the admin's profile language, zh-CN");
    }
}
