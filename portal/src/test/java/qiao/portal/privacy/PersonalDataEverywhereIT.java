package qiao.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
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

/**
 * Personal data shows in full only to the person who wrote it, and to staff only through the logged
 * reveal: not in edit forms, histories or revisions, not after someone else edits the post, and not
 * in any other field a person writes (names, notes, descriptions), however the number is typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataEverywhereIT {

    private static final String PHONE = "13812345678";
    private static final String MASKED_PHONE = "138****5678";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    /** A board with its own moderator (a member, not staff), signed in in a browser. */
    private record Board(String slug, WebClient moderator, String moderatorToken) {
    }

    private Board board() {
        WebClient moderator = new WebClient().acceptLanguage("en");
        String name = moderator.signUp(WebClient.uniqueName("bmod"));
        String slug = WebClient.uniqueName("pe").toLowerCase();
        Page created = api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Privacy\","
                + "\"moderators\":[\"" + name + "\"]}", admin);
        assertEquals(201, created.status(), created.body());
        return new Board(slug, moderator, api.token(name, WebClient.PASSWORD));
    }

    private long[] thread(String slug, String token, String title, String body) {
        Page page = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"" + title + "\",\"body\":\""
                + body + "\",\"kind\":\"question\"}", token);
        assertEquals(201, page.status(), page.body());
        long thread = page.json().getJsonNumber("id").longValue();
        long post = api.json("GET", "/api/v1/threads/" + thread, null, token).json().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
        return new long[] {thread, post};
    }

    private List<String> revisions(long post, String token) {
        Page page = api.json("GET", "/api/v1/posts/" + post + "/revisions", null, token);
        assertEquals(200, page.status(), page.body());
        return page.jsonArray().getValuesAs(JsonObject.class).stream().map(r -> r.getString("text")).toList();
    }

    @Test
    void staffAndModeratorsSeeItMaskedInHistoryRevisionsAndTheEditForm() {
        Board board = board();
        WebClient author = new WebClient().acceptLanguage("en");
        String authorToken = api.token(author.signUp(WebClient.uniqueName("owner")), WebClient.PASSWORD);
        long[] ids = thread(board.slug(), authorToken, "Call me on " + PHONE, "My number is " + PHONE);
        api.json("PATCH", "/api/v1/posts/" + ids[1], "{\"body\":\"My number is " + PHONE + " (home)\"}", authorToken);

        assertTrue(revisions(ids[1], authorToken).getLast().contains(PHONE), "the author sees what they wrote");
        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        for (String token : new String[] {admin, board.moderatorToken()}) {
            List<String> texts = revisions(ids[1], token);
            assertTrue(texts.stream().noneMatch(t -> t.contains(PHONE)), texts.toString());
            assertTrue(texts.getLast().contains(MASKED_PHONE));
        }
        String path = "/t/" + ids[0] + "/posts/" + ids[1];
        for (WebClient other : new WebClient[] {staff, board.moderator()}) {
            String history = other.get(path + "/history").body();
            assertFalse(history.contains(PHONE), history);
            Page form = other.get(path + "/edit");
            assertEquals(200, form.status());
            assertFalse(form.body().contains(PHONE), "neither body nor title unmasked in the edit form: " + form.body());
            assertTrue(form.body().contains("Call me on " + MASKED_PHONE));
        }
        assertTrue(author.get(path + "/edit").body().contains("Call me on " + PHONE), "the author edits their own words");
    }

    @Test
    void anEditBySomeoneElseKeepsTheAuthorsOriginalAndShowsThemNothingNew() {
        Board board = board();
        WebClient author = new WebClient().acceptLanguage("en");
        String authorToken = api.token(author.signUp(WebClient.uniqueName("owner")), WebClient.PASSWORD);
        long[] ids = thread(board.slug(), authorToken, "Refund to card " + PHONE, "Card 4111 1111 1111 1111, phone " + PHONE
                + ", order 42");
        String path = "/t/" + ids[0] + "/posts/" + ids[1];
        Page form = board.moderator().get(path + "/edit");
        String seen = form.body().replaceAll("(?s).*<textarea id=\"body\"[^>]*>", "").replaceAll("(?s)</textarea>.*", "");
        assertEquals("Card **** **** **** 1111, phone " + MASKED_PHONE + ", order 42", seen);
        Page saved = board.moderator().postForm(path + "/edit", Map.of("_csrf", form.csrf(),
                "title", "Refund to card " + MASKED_PHONE + " (moved)", "body", seen.replace("order 42", "order 43")));
        assertEquals(303, saved.status(), saved.body());

        List<String> authorSees = revisions(ids[1], authorToken);
        assertEquals("Card 4111 1111 1111 1111, phone " + PHONE + ", order 43", authorSees.getLast());
        assertTrue(author.get(path + "/edit").body().contains("value=\"Refund to card " + PHONE + " (moved)\""),
                "the title keeps the author's number too");
        String shown = new WebClient().get("/t/" + ids[0]).body();
        assertTrue(shown.contains("order 43") && shown.contains(MASKED_PHONE) && !shown.contains(PHONE), shown);

        Page byApi = api.json("PATCH", "/api/v1/posts/" + ids[1], "{\"body\":\"phone " + MASKED_PHONE + " only\"}", admin);
        assertEquals(200, byApi.status());
        assertEquals("phone " + PHONE + " only", revisions(ids[1], authorToken).getLast());
        assertTrue(revisions(ids[1], authorToken).getFirst().contains("4111 1111 1111 1111"), "every revision kept");
    }

    @Test
    void numbersAreFoundHoweverTheyAreTyped() {
        Board board = board();
        String token = api.newMemberToken("typist");
        long[] ids = thread(board.slug(), token, "Full width １３８１２３４５６７８ here",
                "zero\\u200bwidth 139\\u200b1234\\u200b5678, id 110105 19491231 002X, wide ＩＤ １１０１０５１９４９１２３１００２Ｘ");
        for (String page : List.of(new WebClient().get("/t/" + ids[0]).body(),
                api.json("GET", "/api/v1/threads/" + ids[0], null, null).body(),
                new WebClient().get("/b/" + board.slug()).body())) {
            assertFalse(page.contains("１３８１２３４５６７８") || page.contains("1234\u200b5678") || page.contains("19491231"), page);
        }
        String thread = new WebClient().get("/t/" + ids[0]).body();
        assertTrue(thread.contains(MASKED_PHONE) && thread.contains("139****5678") && thread.contains("110***********002X"));
    }

    @Test
    void everyFieldAPersonWritesIsMaskedOrRefused() {
        WebClient person = new WebClient().acceptLanguage("en");
        String name = person.signUp(WebClient.uniqueName("named"));
        Page profile = person.get("/profile");
        assertEquals(303, person.postForm("/profile", Map.of("_csrf", profile.csrf(), "displayName", "张三 " + PHONE,
                "email", name + "@example.com", "timeZone", "Asia/Shanghai", "language", "en", "theme", "",
                "birthday", "", "bio", "")).status());
        String token = api.token(name, WebClient.PASSWORD);
        String slug = WebClient.uniqueName("desc").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Hotline\","
                + "\"description\":\"Call 010-12345678 or " + PHONE + "\"}", admin).status());
        long suggestion = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"An idea for you\","
                + "\"body\":\"idea\",\"kind\":\"suggestion\"}", token).json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + suggestion + "/status",
                "{\"status\":\"planned\",\"note\":\"We called the author on " + PHONE + "\"}", admin).status());

        for (String page : List.of(new WebClient().get("/t/" + suggestion).body(), new WebClient().get("/b/" + slug).body(),
                new WebClient().get("/").body(), api.json("GET", "/api/v1/boards", null, null).body(),
                api.json("GET", "/api/v1/threads/" + suggestion, null, null).body())) {
            assertFalse(page.contains(PHONE) || page.contains("12345678"), page);
        }
        assertTrue(new WebClient().get("/t/" + suggestion).body().contains("张三 " + MASKED_PHONE), "display name masked");
        assertTrue(person.get("/profile").body().contains("张三 " + PHONE), "the owner sees their own name as typed");

        Page tagged = api.json("POST", "/api/v1/boards/" + slug + "/threads", "{\"title\":\"Tagged with a number\","
                + "\"body\":\"x\",\"kind\":\"question\",\"tags\":[\"" + PHONE + "\"]}", token);
        assertEquals(400, tagged.status());
        assertEquals("tags", tagged.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Page signUp = api.json("POST", "/api/v1/accounts", "{\"username\":\"" + PHONE + "\",\"email\":\"n"
                + System.nanoTime() + "@example.com\",\"password\":\"" + WebClient.PASSWORD + "\"}", null);
        assertEquals(400, signUp.status());
        assertEquals("username", signUp.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
