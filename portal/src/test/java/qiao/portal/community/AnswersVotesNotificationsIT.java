package qiao.portal.community;

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

/** Accepted answers, votes and the notifications they cause, with who may do what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnswersVotesNotificationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");

    /** Someone with an account and a token. */
    private record Person(String name, String token) {
    }

    private Person person(String prefix) {
        String name = new WebClient().acceptLanguage("en").signUp(WebClient.uniqueName(prefix));
        return new Person(name, api.token(name, WebClient.PASSWORD));
    }

    private Person admin() {
        return new Person(WebClient.ADMIN, api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD));
    }

    private String board() {
        String slug = WebClient.uniqueName("ans").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"问答\"}", admin().token()).status());
        return slug;
    }

    private long thread(String slug, Person author, String kind) {
        Page page = api.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"How do I unlock my account?\",\"body\":\"Locked out.\",\"kind\":\"" + kind + "\"}", author.token());
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private long reply(long thread, Person author, String body) {
        Page page = api.json("POST", "/api/v1/threads/" + thread + "/posts", "{\"body\":\"" + body + "\"}", author.token());
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private JsonObject inbox(Person who) {
        return api.json("GET", "/api/v1/notifications", null, who.token()).json();
    }

    @Test
    void staffAcceptanceIsOfficialAndMarksTheQuestionSolved() {
        String slug = board();
        Person asker = person("asker");
        Person helper = person("helper");
        long question = thread(slug, asker, "question");
        long answer = reply(question, helper, "Use the unlock page, @" + asker.name() + ".");
        assertEquals(403, api.json("POST", "/api/v1/posts/" + answer + "/accept", null, person("bystander").token()).status());
        assertEquals(401, api.json("POST", "/api/v1/posts/" + answer + "/accept", null, null).status());

        JsonObject accepted = api.json("POST", "/api/v1/posts/" + answer + "/accept", null, admin().token()).json();
        assertTrue(accepted.getBoolean("solved"));
        assertTrue(accepted.getBoolean("acceptedByStaff"));
        JsonObject thread = api.json("GET", "/api/v1/threads/" + question, null, null).json();
        assertTrue(thread.getBoolean("solved"));
        assertEquals(answer, thread.getJsonNumber("acceptedPostId").longValue());
        JsonObject listed = api.json("GET", "/api/v1/boards/" + slug + "/threads", null, null).json()
                .getJsonArray("threads").getJsonObject(0);
        assertTrue(listed.getBoolean("solved"));
        String page = new WebClient().get("/t/" + question).body();
        assertTrue(page.contains("id=\"accepted-answer\"") && page.contains("官方采纳"), "shown under the question with the badge");
        assertTrue(new WebClient().get("/b/" + slug).body().contains("已解决"), "the list says solved");

        assertEquals(403, api.json("DELETE", "/api/v1/posts/" + answer + "/accept", null, asker.token()).status(),
                "the asker cannot overrule staff");
        JsonObject undone = api.json("DELETE", "/api/v1/posts/" + answer + "/accept", null, admin().token()).json();
        assertFalse(undone.getBoolean("solved"));

        List<String> askerKinds = kinds(inbox(asker));
        assertTrue(askerKinds.containsAll(List.of("reply", "answer_accepted")), askerKinds.toString());
        assertFalse(askerKinds.contains("mention"), "one notification for one reply, even if it also mentions");
        assertEquals(List.of("your_answer_accepted"), kinds(inbox(helper)));
    }

    @Test
    void askerMayAcceptAndChangeTheirMind() {
        String slug = board();
        Person asker = person("asker");
        long question = thread(slug, asker, "question");
        long first = reply(question, person("a"), "First idea");
        long second = reply(question, person("b"), "Better idea");
        JsonObject a = api.json("POST", "/api/v1/posts/" + first + "/accept", null, asker.token()).json();
        assertFalse(a.getBoolean("acceptedByStaff"));
        JsonObject b = api.json("POST", "/api/v1/posts/" + second + "/accept", null, asker.token()).json();
        assertEquals(second, b.getJsonNumber("acceptedPostId").longValue());
        long own = api.json("GET", "/api/v1/threads/" + question, null, null).json().getJsonArray("posts").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(409, api.json("POST", "/api/v1/posts/" + own + "/accept", null, asker.token()).status());
    }

    @Test
    void onlyQuestionsHaveAnswers() {
        String slug = board();
        Person author = person("disc");
        long discussion = thread(slug, author, "discussion");
        long reply = reply(discussion, person("r"), "reply");
        assertEquals(409, api.json("POST", "/api/v1/posts/" + reply + "/accept", null, admin().token()).status());
    }

    @Test
    void oneVotePerPersonNeverForOneself() {
        String slug = board();
        Person asker = person("asker");
        long question = thread(slug, asker, "question");
        Person helper = person("helper");
        long answer = reply(question, helper, "Answer");
        long weak = reply(question, person("w"), "Weak answer");
        Person voter = person("voter");
        assertEquals(1, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, voter.token()).json().getInt("votes"));
        assertEquals(1, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, voter.token()).json().getInt("votes"),
                "voting twice counts once");
        assertEquals(2, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, asker.token()).json().getInt("votes"));
        assertEquals(409, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, helper.token()).status());
        assertEquals(1, api.json("DELETE", "/api/v1/posts/" + answer + "/vote", null, voter.token()).json().getInt("votes"));
        assertEquals(1, api.json("DELETE", "/api/v1/posts/" + answer + "/vote", null, voter.token()).json().getInt("votes"));
        assertEquals(401, api.json("POST", "/api/v1/posts/" + answer + "/vote", null, null).status());

        List<JsonObject> byVotes = api.json("GET", "/api/v1/threads/" + question + "?sort=votes", null, null).json()
                .getJsonArray("posts").getValuesAs(JsonObject.class);
        assertEquals(answer, byVotes.get(1).getJsonNumber("id").longValue(), "most votes first after the question");
        assertEquals(weak, byVotes.get(2).getJsonNumber("id").longValue());
        api.json("POST", "/api/v1/posts/" + weak + "/accept", null, admin().token());
        byVotes = api.json("GET", "/api/v1/threads/" + question + "?sort=votes", null, null).json()
                .getJsonArray("posts").getValuesAs(JsonObject.class);
        assertEquals(weak, byVotes.get(1).getJsonNumber("id").longValue(), "but the accepted answer comes first");
    }

    @Test
    void suggestionsTakeOneVoteEach() {
        String slug = board();
        long suggestion = thread(slug, person("idea"), "suggestion");
        Person fan = person("fan");
        assertEquals(1, api.json("POST", "/api/v1/threads/" + suggestion + "/vote", null, fan.token()).json().getInt("votes"));
        assertEquals(1, api.json("POST", "/api/v1/threads/" + suggestion + "/vote", null, fan.token()).json().getInt("votes"));
        assertEquals(2, api.json("POST", "/api/v1/threads/" + suggestion + "/vote", null, person("fan2").token()).json()
                .getInt("votes"));
        assertEquals(2, api.json("GET", "/api/v1/threads/" + suggestion, null, null).json().getInt("votes"));
        long question = thread(slug, person("q"), "question");
        assertEquals(409, api.json("POST", "/api/v1/threads/" + question + "/vote", null, fan.token()).status());
    }

    /** Someone signed up in a browser of their own, with a token for the API too. */
    private record Reader(WebClient browser, Person person) {
    }

    private Reader reader(String prefix) {
        WebClient browser = new WebClient().acceptLanguage("en");
        String name = browser.signUp(WebClient.uniqueName(prefix));
        return new Reader(browser, new Person(name, api.token(name, WebClient.PASSWORD)));
    }

    @Test
    void mentionsNotifyAndPagesShowTheUnreadCount() {
        String slug = board();
        Reader signedIn = reader("reader");
        WebClient browser = signedIn.browser();
        Person reader = signedIn.person();
        String name = reader.name();
        long discussion = thread(slug, person("starter"), "discussion");
        reply(discussion, person("caller"), "Hey @" + name + ", look at this.");
        assertEquals(1, inbox(reader).getInt("unread"));
        Page home = browser.get("/");
        assertTrue(home.body().contains("id=\"unread-count\">1<"), "the header shows one unread");
        Page list = browser.get("/notifications");
        assertTrue(list.body().contains("mentioned you in"), list.body());
        Page marked = browser.postForm("/notifications/read", Map.of("_csrf", list.csrf()));
        assertEquals(303, marked.status());
        assertEquals(0, inbox(reader).getInt("unread"));
        assertFalse(browser.get("/").body().contains("id=\"unread-count\""));
    }

    @Test
    void aLongUnreadListShowsAs99PlusButTheApiCountsItAll() {
        String slug = board();
        Reader busy = reader("busy");
        Person asker = busy.person();
        long question = thread(slug, asker, "question");
        Person helper = person("helper");
        for (int i = 0; i < 101; i++) {
            reply(question, helper, "Reply number " + i);
        }
        assertEquals(101, inbox(asker).getInt("unread"));
        assertTrue(busy.browser().get("/").body().contains("id=\"unread-count\">99+<"), "the header stops counting at 99+");
    }

    private static List<String> kinds(JsonObject inbox) {
        return inbox.getJsonArray("notifications").getValuesAs(JsonObject.class).stream().map(n -> n.getString("kind"))
                .sorted().toList();
    }
}
