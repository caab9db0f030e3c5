package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.api.event.AccountCreated;
import qiao.api.event.AccountErased;
import qiao.api.event.AccountRenamed;
import qiao.api.event.AnswerAccepted;
import qiao.api.event.AnswerUnaccepted;
import qiao.api.event.BoardAccessChanged;
import qiao.api.event.ArticleCreated;
import qiao.api.event.ArticleEdited;
import qiao.api.event.ArticleMoved;
import qiao.api.event.ArticleRated;
import qiao.api.event.ArticleStateChanged;
import qiao.api.event.SectionChanged;
import qiao.api.event.PortalEvent;
import qiao.api.event.PostDeleted;
import qiao.api.event.PostEdited;
import qiao.api.event.PostPublished;
import qiao.api.event.PostRestored;
import qiao.api.event.SuggestionStatusChanged;
import qiao.api.event.ThreadClosed;
import qiao.api.event.ThreadMerged;
import qiao.api.event.ThreadMoved;
import qiao.api.event.ThreadReopened;
import qiao.api.event.ThreadStarted;
import qiao.api.event.ThreadTagsChanged;
import qiao.portal.Deployments;
import qiao.portal.WebClient;
import qiao.portal.WebClient.Page;

/**
 * Runs inside Liberty and writes through the API and pages as people do: every write that changes
 * something tells exactly one event once it committed, with the right ids and actor; a write that
 * changes nothing or is refused tells none.
 */
@ExtendWith(ArquillianExtension.class)
class PortalEventsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(EventLog.class, WebClient.class);
    }

    @Inject
    EventLog log;

    private final WebClient client = new WebClient().acceptLanguage("en");

    private static String json(Map<String, ?> fields) {
        var builder = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                var array = Json.createArrayBuilder();
                list.forEach(item -> array.add(item.toString()));
                builder.add(k, array);
            } else if (v instanceof Boolean b) {
                builder.add(k, b);
            } else {
                builder.add(k, v.toString());
            }
        });
        return builder.build().toString();
    }

    private Page call(String method, String path, Map<String, ?> body, String token, int status) {
        Page page = client.json(method, path, body == null ? null : json(body), token);
        assertEquals(status, page.status(), method + " " + path + ": " + page.body());
        return page;
    }

    private long id(Page page) {
        return page.json().getJsonNumber("id").longValue();
    }

    /** The one event the last write told. */
    private <E extends PortalEvent> E told(Class<E> type) {
        List<PortalEvent> events = log.drain();
        assertEquals(1, events.size(), "exactly one event: " + events);
        assertEquals(type, events.get(0).getClass(), events.toString());
        return type.cast(events.get(0));
    }

    private void toldNothing(String why) {
        assertEquals(List.of(), log.drain(), why);
    }

    private String board(String admin) {
        String slug = WebClient.uniqueName("ev");
        call("POST", "/api/v1/boards", Map.of("slug", slug, "name", "Events " + slug), admin, 201);
        return slug;
    }

    @Test
    void aQuestionsLifeTellsOneEventPerChange() {
        String admin = client.adminToken();
        long adminId = client.json("GET", "/api/v1/me", null, admin).json().getJsonNumber("id").longValue();
        String slug = board(admin);
        String elsewhere = board(admin);
        log.drain();

        String asker = client.newMemberToken("asker");
        long askerId = told(AccountCreated.class).actorId();
        String helper = client.newMemberToken("helper");
        long helperId = told(AccountCreated.class).actorId();

        long question = id(call("POST", "/api/v1/boards/" + slug + "/threads", Map.of("title", "How do events work?",
                "body", "Tell me", "kind", "question", "tags", List.of("events")), asker, 201));
        ThreadStarted started = told(ThreadStarted.class);
        assertEquals(List.of(question, askerId), List.of(started.threadId(), started.actorId()),
                "one event for the thread, its opening post and its tags");

        long answer = id(call("POST", "/api/v1/threads/" + question + "/posts", Map.of("body", "Like this"), helper, 201));
        PostPublished published = told(PostPublished.class);
        assertEquals(List.of(answer, question, helperId), List.of(published.postId(), published.threadId(), published.actorId()));

        call("PATCH", "/api/v1/posts/" + answer, Map.of("body", "Like this, exactly"), helper, 200);
        assertEquals(answer, told(PostEdited.class).postId());
        call("PATCH", "/api/v1/posts/" + answer, Map.of("body", "Like this, exactly"), helper, 200);
        toldNothing("the same text again changes nothing");

        call("PUT", "/api/v1/threads/" + question + "/tags", Map.of("tags", List.of("events", "cdi")), asker, 200);
        assertEquals(question, told(ThreadTagsChanged.class).threadId());
        call("PUT", "/api/v1/threads/" + question + "/tags", Map.of("tags", List.of("events", "cdi")), asker, 200);
        toldNothing("the same tags again change nothing");

        call("POST", "/api/v1/posts/" + answer + "/accept", null, asker, 200);
        AnswerAccepted accepted = told(AnswerAccepted.class);
        assertEquals(List.of(answer, askerId), List.of(accepted.postId(), accepted.actorId()));
        call("POST", "/api/v1/posts/" + answer + "/accept", null, asker, 200);
        toldNothing("accepting the accepted answer again changes nothing");
        call("DELETE", "/api/v1/posts/" + answer + "/accept", null, asker, 200);
        assertEquals(answer, told(AnswerUnaccepted.class).postId());

        call("PUT", "/api/v1/threads/" + question + "/lock", Map.of("locked", true), admin, 200);
        assertEquals(adminId, told(ThreadClosed.class).actorId());
        call("POST", "/api/v1/threads/" + question + "/posts", Map.of("body", "Too late"), helper, 409);
        toldNothing("a refused reply tells nothing");
        call("PUT", "/api/v1/threads/" + question + "/lock", Map.of("locked", false), admin, 200);
        assertEquals(question, told(ThreadReopened.class).threadId());

        call("DELETE", "/api/v1/posts/" + answer, null, helper, 204);
        assertEquals(answer, told(PostDeleted.class).postId());
        call("POST", "/api/v1/posts/" + answer + "/restore", null, admin, 200);
        assertEquals(answer, told(PostRestored.class).postId());

        call("PUT", "/api/v1/threads/" + question + "/board", Map.of("board", elsewhere), admin, 200);
        ThreadMoved moved = told(ThreadMoved.class);
        assertEquals(started.boardId(), moved.fromBoardId());
        assertTrue(moved.boardId() != moved.fromBoardId(), "now in the other board");
    }

    @Test
    void suggestionsBoardsAndAccountsTellOneEventPerChange() {
        String admin = client.adminToken();
        String slug = board(admin);
        String member = client.newMemberToken("voter");
        log.drain();

        long idea = id(call("POST", "/api/v1/boards/" + slug + "/threads", Map.of("title", "Dark mode please",
                "body", "At night", "kind", "suggestion"), member, 201));
        long duplicate = id(call("POST", "/api/v1/boards/" + slug + "/threads", Map.of("title", "A dark theme",
                "body", "Same idea", "kind", "suggestion"), member, 201));
        log.drain();

        call("PUT", "/api/v1/threads/" + idea + "/status", Map.of("status", "planned", "note", "Next month"), admin, 200);
        SuggestionStatusChanged planned = told(SuggestionStatusChanged.class);
        assertEquals(List.of(idea, "planned"), List.of(planned.threadId(), planned.status()));
        call("PUT", "/api/v1/threads/" + idea + "/status", Map.of("status", "someday"), admin, 400);
        toldNothing("an unknown status tells nothing");

        call("POST", "/api/v1/threads/" + duplicate + "/merge-into/" + idea, null, admin, 200);
        ThreadMerged merged = told(ThreadMerged.class);
        assertEquals(List.of(duplicate, idea), List.of(merged.threadId(), merged.intoThreadId()));

        String moderator = WebClient.uniqueName("mod");
        new WebClient().signUp(moderator);
        log.drain();
        call("PUT", "/api/v1/boards/" + slug + "/moderators", Map.of("usernames", List.of(moderator)), admin, 200);
        assertEquals(planned.boardId(), told(BoardAccessChanged.class).boardId());
        call("PUT", "/api/v1/boards/" + slug + "/moderators", Map.of("usernames", List.of(moderator)), admin, 200);
        toldNothing("the same moderators again change nothing");

        WebClient person = new WebClient().acceptLanguage("en");
        String name = WebClient.uniqueName("renamed");
        person.signUp(name);
        log.drain();
        Page saved = person.submit("/profile", "/profile", Map.of("displayName", "新名字", "email", name + "@example.com",
                "timeZone", "Asia/Shanghai", "language", "zh-CN", "theme", ""));
        assertEquals(303, saved.status(), saved.body());
        AccountRenamed renamed = told(AccountRenamed.class);
        assertEquals(renamed.accountId(), renamed.actorId());
        assertTrue(person.get("/profile").body().contains("新名字"));

        String token = client.token(name, WebClient.PASSWORD);
        log.drain();
        call("DELETE", "/api/v1/me", Map.of("password", WebClient.PASSWORD), token, 204);
        AccountErased erased = told(AccountErased.class);
        assertEquals(List.of(renamed.accountId(), renamed.accountId()), List.of(erased.accountId(), erased.actorId()));
        call("DELETE", "/api/v1/me", Map.of("password", WebClient.PASSWORD), token, 401);
        toldNothing("an erased account is not erased again");
    }

    @Test
    void anArticlesLifeTellsOneEventPerChange() {
        String admin = client.adminToken();
        log.drain();
        String category = WebClient.uniqueName("evc");
        call("POST", "/api/v1/help/sections", Map.of("slug", category, "name", "Events"), admin, 201);
        told(SectionChanged.class);
        String other = WebClient.uniqueName("evs");
        call("POST", "/api/v1/help/sections", Map.of("slug", other, "name", "Other", "parent", category), admin, 201);
        told(SectionChanged.class);
        long article = id(call("POST", "/api/v1/help/articles", Map.of("section", category, "title", "Events of articles",
                "body", "One per change", "lang", "en"), admin, 201));
        assertEquals(article, told(ArticleCreated.class).articleId());
        call("PATCH", "/api/v1/help/articles/" + article, Map.of("body", "One for every change"), admin, 200);
        assertEquals(article, told(ArticleEdited.class).articleId());
        call("PATCH", "/api/v1/help/articles/" + article, Map.of("body", "One for every change"), admin, 200);
        toldNothing("the same text again changes nothing");
        call("PATCH", "/api/v1/help/articles/" + article, Map.of("state", "published"), admin, 200);
        assertEquals("published", told(ArticleStateChanged.class).state());
        call("PATCH", "/api/v1/help/articles/" + article, Map.of("section", other), admin, 200);
        ArticleMoved moved = told(ArticleMoved.class);
        assertEquals(article, moved.articleId());
        assertTrue(moved.fromSectionId() != moved.sectionId());
        String reader = client.newMemberToken("rater");
        told(AccountCreated.class);
        call("POST", "/api/v1/help/articles/" + article + "/feedback", Map.of("helpful", true), reader, 204);
        assertTrue(told(ArticleRated.class).helpful());
        client.json("POST", "/api/v1/help/articles", json(Map.of("section", category, "title", "", "body", "x")), admin);
        toldNothing("a refused write tells nothing");
    }
}
