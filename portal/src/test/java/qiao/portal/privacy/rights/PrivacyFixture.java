package qiao.portal.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.Map;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/** What the export and erasure tests set up through the API and the pages: a board, a thread, a birthday choice. */
final class PrivacyFixture {

    private PrivacyFixture() {
    }

    /** A new board (made by the admin) with a thread the token's person started; the thread's id. */
    static long threadBy(WebClient api, String admin, String token, String title, String body) {
        String slug = WebClient.uniqueName("pv").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", Json.createObjectBuilder().add("slug", slug)
                .add("name", "隐私 " + slug).build().toString(), admin).status());
        Page started = api.json("POST", "/api/v1/boards/" + slug + "/threads", Json.createObjectBuilder().add("title", title)
                .add("body", body).add("kind", "question").build().toString(), token);
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonNumber("id").longValue();
    }

    static void reply(WebClient api, long thread, String token, String body) {
        Page replied = api.json("POST", "/api/v1/threads/" + thread + "/posts",
                Json.createObjectBuilder().add("body", body).build().toString(), token);
        assertEquals(201, replied.status(), replied.body());
    }

    /** The signed-in browser's person chooses a lunar birthday greeting in the greetings plugin (per-person storage). */
    static void chooseBirthdayGreeting(WebClient browser) {
        Page saved = browser.submit("/p/greetings/", "/p/greetings/", Map.of("birthday", "lunar", "month", "3", "day", "14"));
        assertEquals(303, saved.status(), saved.body());
    }

    static void greetings(WebClient api, String admin, String action) {
        assertEquals(200, api.json("POST", "/api/v1/admin/plugins/greetings/" + action, "", admin).status());
    }

    static String password(String password) {
        return Json.createObjectBuilder().add("password", password).build().toString();
    }
}
