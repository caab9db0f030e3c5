package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** The profile page: what may be changed, what is refused, and that nothing typed is lost. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfilePageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static Map<String, String> profile(String name, String displayName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("displayName", displayName);
        form.put("email", name + "@example.com");
        form.put("timeZone", "Europe/Berlin");
        form.put("language", "en");
        form.put("theme", "");
        form.put("birthday", "1990-05-04");
        form.put("bio", "第一行\n<b>second</b> line");
        return form;
    }

    @Test
    void savesChineseNamesLanguageZoneAndBirthday() {
        WebClient browser = new WebClient();
        String name = browser.signUp(WebClient.uniqueName("prof"));
        Page saved = browser.submit("/profile", "/profile", profile(name, "小明 Xiǎo Míng"));
        assertEquals(303, saved.status(), saved.body());
        Page page = browser.get("/profile");
        assertTrue(page.body().contains("<html lang=\"en\">"), "the profile language wins over Accept-Language");
        assertTrue(page.body().contains("value=\"小明 Xiǎo Míng\""));
        assertTrue(page.body().contains("value=\"1990-05-04\""));
        assertTrue(page.body().contains("&lt;b&gt;second&lt;/b&gt; line"), "the bio is escaped, not rendered");
        assertTrue(page.body().contains("<option value=\"Europe/Berlin\" selected>"));
    }

    @Test
    void scriptTagsAndInvisibleCharactersInNamesAreRefusedAndTheFormKept() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("xss"));
        for (String evil : new String[] {"<script>alert(1)</script>", "admin\u200B", "abc\u202Egnp.exe", "a\u0000b"}) {
            Map<String, String> form = profile(name, evil);
            form.put("language", "en");
            Page page = browser.submit("/profile", "/profile", form);
            assertEquals(400, page.status(), evil);
            assertTrue(page.body().contains("Names cannot contain angle brackets or invisible characters."), evil);
            assertFalse(page.body().contains("<script>alert(1)</script>"), "never echoed unescaped");
            assertTrue(page.body().contains("1990-05-04"), "the other fields are kept");
        }
    }

    @Test
    void emptyOversizedAndBogusFieldsAreEachExplained() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("bogus"));
        Map<String, String> form = profile(name, "   ");
        form.put("timeZone", "Mars/Olympus_Mons");
        form.put("birthday", "2999-01-01");
        form.put("bio", "长".repeat(2001));
        form.put("theme", "no-such-theme");
        Page page = browser.submit("/profile", "/profile", form);
        assertEquals(400, page.status());
        for (String message : new String[] {"This field is required.", "Choose a time zone from the list.",
                "Enter a date between 1900-01-01 and today", "At most 2000 characters", "Choose a theme from the list."}) {
            assertTrue(page.body().contains(message), message);
        }
    }

    @Test
    void passwordChangeSignsOutOtherSessions() {
        WebClient laptop = new WebClient();
        String name = laptop.signUp(WebClient.uniqueName("pw"));
        WebClient phone = new WebClient();
        assertEquals(303, phone.signIn(name, WebClient.PASSWORD).status());
        String apiToken = phone.token(name, WebClient.PASSWORD);

        String newPassword = "a-whole-new-passphrase";
        Page changed = laptop.submit("/profile", "/profile/password", Map.of("currentPassword", WebClient.PASSWORD,
                "newPassword", newPassword, "newPasswordAgain", newPassword));
        assertEquals(303, changed.status(), changed.body());

        assertTrue(laptop.get("/profile").status() == 200, "this session stays signed in");
        assertEquals(303, phone.get("/profile").status(), "the other session is signed out");
        assertEquals(401, phone.json("GET", "/api/v1/me", null, apiToken).status(), "API tokens are revoked too");
        assertEquals(303, new WebClient().signIn(name, newPassword).status());
    }

    @Test
    void wrongCurrentPasswordChangesNothing() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName("pw2"));
        Page page = browser.submit("/profile", "/profile/password", Map.of("currentPassword", "guess-guess-guess",
                "newPassword", "another-passphrase", "newPasswordAgain", "another-passphrase"));
        assertEquals(400, page.status());
        assertTrue(page.body().contains("The current password is not correct."));
        assertEquals(303, new WebClient().signIn(name, WebClient.PASSWORD).status());
    }
}
