package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

/** Announcements: pinned on top, and a site-wide banner that a visitor can dismiss. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private String admin() {
        return api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
    }

    @Test
    void pinnedAnnouncementsStayOnTopAndTheBannerCanBeDismissed() {
        String slug = WebClient.uniqueName("ann").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"公告\"}", admin()).status());
        String title = "系统维护通知 " + slug;
        long id = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"" + title + "\",\"body\":\"周六凌晨维护\",\"kind\":\"announcement\"}", admin()).json()
                .getJsonNumber("id").longValue();
        String user = api.token(new WebClient().signUp(WebClient.uniqueName("u")), WebClient.PASSWORD);
        for (int i = 0; i < 3; i++) {
            api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Later thread " + i
                    + "\",\"body\":\"x\",\"kind\":\"discussion\"}", user);
        }

        assertEquals(403, api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"global\"}", user).status());
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"sideways\"}", admin()).status());
        assertTrue(api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"global\"}", admin()).json()
                .getBoolean("pinnedGlobally"));
        String board = new WebClient().get("/b/" + slug).body();
        assertTrue(board.indexOf(title) < board.indexOf("Later thread 2"), "pinned above newer threads");
        assertTrue(new WebClient().get("/").body().contains(title), "and on the home page");

        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"2001-01-01\"}", admin()).status());
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"" + tomorrow + "\"}", admin()).status());
        WebClient visitor = new WebClient();
        Page home = visitor.get("/");
        assertTrue(home.body().contains("id=\"site-banner\"") && home.body().contains(title), "the banner shows");
        Page dismissed = visitor.postForm("/banner/" + id + "/dismiss", Map.of("_csrf", home.csrf(), "back", "/signin"));
        assertEquals(303, dismissed.status());
        assertFalse(visitor.get("/").body().contains("id=\"site-banner\""), "gone for this visitor");
        assertTrue(new WebClient().get("/").body().contains("id=\"site-banner\""), "still there for others");

        api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"\"}", admin());
        assertFalse(new WebClient().get("/").body().contains("id=\"site-banner\""), "removed");
        long discussion = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"Not an announcement\",\"body\":\"x\",\"kind\":\"discussion\"}", user).json().getJsonNumber("id").longValue();
        assertEquals(409, api.json("PUT", "/api/v1/threads/" + discussion + "/banner", "{\"until\":\"" + tomorrow + "\"}", admin())
                .status());
    }
}
