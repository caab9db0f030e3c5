package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * What a board one may not read must not give away by the side door: its tags (an existence oracle
 * if a tag of it answered otherwise than an unknown one), its name in the board stylesheet, and
 * drafts kept for its threads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndirectReadsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    private String staffBoard() {
        String slug = WebClient.uniqueName("hidden").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Internal " + slug
                + "\",\"read\":\"STAFF\"}", admin).status());
        return slug;
    }

    private long thread(String slug, String tag) {
        Page page = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Internal case notes\","
                + "\"body\":\"x\",\"kind\":\"discussion\",\"tags\":[\"" + tag + "\"]}", admin);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    @Test
    void aTagUsedOnlyInUnreadableBoardsAnswersLikeAnUnknownOne() {
        String used = WebClient.uniqueName("secret").toLowerCase();
        thread(staffBoard(), used);
        String unknown = WebClient.uniqueName("nosuch").toLowerCase();
        String member = api.newMemberToken("member");
        for (String token : new String[] {null, member}) {
            Page usedApi = api.json("GET", "/api/v1/tags/" + used + "/threads", null, token);
            Page unknownApi = api.json("GET", "/api/v1/tags/" + unknown + "/threads", null, token);
            assertEquals(404, usedApi.status(), usedApi.body());
            assertEquals(unknownApi.status(), usedApi.status());
            assertEquals(unknownApi.json().getString("detail"), usedApi.json().getString("detail"));
        }
        Page usedPage = new WebClient().acceptLanguage("en").get("/tags/" + used);
        Page unknownPage = new WebClient().acceptLanguage("en").get("/tags/" + unknown);
        assertEquals(404, usedPage.status());
        assertEquals(unknownPage.status(), usedPage.status());
        assertEquals(200, api.json("GET", "/api/v1/tags/" + used + "/threads", null, admin).status(), "staff see it");
    }

    @Test
    void theBoardStylesheetNamesOnlyBoardsTheVisitorMayRead() {
        String hidden = staffBoard();
        assertFalse(new WebClient().get("/boards.css").body().contains(".b-" + hidden + "{"));
        WebClient member = new WebClient();
        member.signUp(WebClient.uniqueName("css"));
        assertFalse(member.get("/boards.css").body().contains(".b-" + hidden + "{"));
        WebClient staff = new WebClient();
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        assertTrue(staff.get("/boards.css").body().contains(".b-" + hidden + "{"));
    }

    @Test
    void nobodyKeepsDraftsForBoardsOrThreadsTheyCannotRead() {
        String hidden = staffBoard();
        long internal = thread(hidden, "case");
        String member = api.newMemberToken("drafter");
        String body = "{\"title\":\"t\",\"body\":\"my text\"}";
        assertEquals(404, api.json("PUT", "/api/v1/drafts/board-" + hidden, body, member).status());
        assertEquals(404, api.json("PUT", "/api/v1/drafts/thread-" + internal, body, member).status());
        assertEquals(404, api.json("PUT", "/api/v1/drafts/thread-999999999", body, member).status());
        assertEquals(204, api.json("PUT", "/api/v1/drafts/thread-" + internal, body, admin).status());
    }
}
