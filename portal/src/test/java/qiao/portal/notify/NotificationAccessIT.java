package qiao.portal.notify;

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
 * Notifications are made only for people who may read the thread they are about, and shown only
 * while they still may: nothing of a staff-only thread reaches a member through a mention, a
 * follow or the unread count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    private String board(String read) {
        String slug = WebClient.uniqueName("na").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Board " + slug
                + "\",\"read\":\"" + read + "\"}", admin).status());
        return slug;
    }

    private long thread(String slug, String token, String title, String body) {
        Page page = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"" + title + "\",\"body\":\""
                + body + "\",\"kind\":\"discussion\"}", token);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private void reply(long thread, String token, String body) {
        Page page = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"" + body + "\"}", token);
        assertEquals(201, page.status(), page.body());
    }

    private JsonObject inbox(String token) {
        Page page = api.json("GET", "/api/v1/notifications", null, token);
        assertEquals(200, page.status(), page.body());
        return page.json();
    }

    @Test
    void aMemberMentionedInAStaffOnlyThreadHearsNothingOfIt() {
        WebClient browser = new WebClient().acceptLanguage("en");
        String member = browser.signUp(WebClient.uniqueName("mentioned"));
        String token = api.token(member, WebClient.PASSWORD);
        long internal = thread(board("STAFF"), admin, "Refund fraud ring internal", "@" + member + " is a suspect.");
        long open = thread(board("EVERYONE"), admin, "A public thread", "Hello @" + member);

        JsonObject inbox = inbox(token);
        assertEquals(1, inbox.getInt("unread"), inbox.toString());
        assertEquals(open, inbox.getJsonArray("notifications").getJsonObject(0).getJsonNumber("threadId").longValue());
        assertFalse(inbox.toString().contains("Refund fraud"), inbox.toString());
        Page page = browser.get("/notifications");
        assertFalse(page.body().contains("Refund fraud") || page.body().contains("/t/" + internal), page.body());
        assertTrue(browser.get("/").body().contains("id=\"unread-count\">1<"));
    }

    @Test
    void aThreadMovedIntoAStaffBoardStopsNotifyingItsAuthorAndFollowersAndHidesWhatTheyHad() {
        String open = board("EVERYONE");
        String staffOnly = board("STAFF");
        WebClient authorBrowser = new WebClient().acceptLanguage("en");
        String author = authorBrowser.signUp(WebClient.uniqueName("author"));
        String authorToken = api.token(author, WebClient.PASSWORD);
        String follower = api.newMemberToken("follower");
        long thread = thread(open, authorToken, "My order was charged twice", "Please help.");
        assertEquals(200, api.json("POST", "/api/v1/threads/" + thread + "/follow", null, follower).status());
        reply(thread, admin, "We are looking into it.");
        assertEquals(1, inbox(authorToken).getInt("unread"));
        assertEquals(1, inbox(follower).getInt("unread"));

        assertEquals(200, api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + staffOnly + "\"}",
                admin).status());
        reply(thread, admin, "Internal: the customer is a known fraudster.");

        for (String token : new String[] {authorToken, follower}) {
            JsonObject inbox = inbox(token);
            assertEquals(0, inbox.getInt("unread"), inbox.toString());
            assertEquals(0, inbox.getJsonArray("notifications").size(), "the earlier ones are hidden too: " + inbox);
        }
        assertFalse(authorBrowser.get("/notifications").body().contains("/t/" + thread));
        assertFalse(authorBrowser.get("/").body().contains("id=\"unread-count\""));

        assertEquals(200, api.json("PUT", "/api/v1/threads/" + thread + "/board", "{\"board\":\"" + open + "\"}",
                admin).status());
        assertEquals(2, inbox(authorToken).getInt("unread"), "moved back: what they may read again shows again");
    }
}
