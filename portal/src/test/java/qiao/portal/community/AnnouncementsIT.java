package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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

/** Announcements: pinned on top, and a site-wide banner that a visitor can dismiss. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    private static final Pattern BANNER = Pattern.compile("<div class=\"site-banner\"[^>]*>\\s*<a href=\"/t/(\\d+)\"");

    /** The thread the page's banner shows, or -1 (other tests may have banners of their own). */
    private static long banner(Page page) {
        Matcher m = BANNER.matcher(page.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void pinnedAnnouncementsStayOnTopAndTheBannerCanBeDismissed() {
        String slug = WebClient.uniqueName("ann").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"公告\"}", api.adminToken()).status());
        String title = "系统维护通知 " + slug;
        long id = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"" + title + "\",\"body\":\"周六凌晨维护\",\"kind\":\"announcement\"}", api.adminToken()).json()
                .getJsonNumber("id").longValue();
        String user = api.token(new WebClient().signUp(WebClient.uniqueName("u")), WebClient.PASSWORD);
        for (int i = 0; i < 3; i++) {
            api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Later thread " + i
                    + "\",\"body\":\"x\",\"kind\":\"discussion\"}", user);
        }

        assertEquals(403, api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"global\"}", user).status());
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"sideways\"}", api.adminToken()).status());
        assertTrue(api.json("PUT", "/api/v1/threads/" + id + "/pin", "{\"scope\":\"global\"}", api.adminToken()).json()
                .getBoolean("pinnedGlobally"));
        String board = new WebClient().get("/b/" + slug).body();
        assertTrue(board.indexOf(title) < board.indexOf("Later thread 2"), "pinned above newer threads");
        assertTrue(new WebClient().get("/").body().contains(title), "and on the home page");

        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertEquals(400, api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"2001-01-01\"}", api.adminToken()).status());
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"" + tomorrow + "\"}", api.adminToken()).status());
        WebClient visitor = new WebClient();
        Page home = visitor.get("/");
        assertEquals(id, banner(home), "the banner shows");
        Page dismissed = visitor.postForm("/banner/" + id + "/dismiss", Map.of("_csrf", home.csrf(), "back", "/signin"));
        assertEquals(303, dismissed.status());
        assertFalse(id == banner(visitor.get("/")), "gone for this visitor");
        assertEquals(id, banner(new WebClient().get("/")), "still there for others");

        api.json("PUT", "/api/v1/threads/" + id + "/banner", "{\"until\":\"\"}", api.adminToken());
        assertFalse(id == banner(new WebClient().get("/")), "removed");
        long discussion = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"Not an announcement\",\"body\":\"x\",\"kind\":\"discussion\"}", user).json().getJsonNumber("id").longValue();
        assertEquals(409, api.json("PUT", "/api/v1/threads/" + discussion + "/banner", "{\"until\":\"" + tomorrow + "\"}", api.adminToken())
                .status());
    }
}
