package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Every community write against every kind of caller: anonymous, another user, the asker (who
 * started the thread), staff, a moderator, an admin, the board's own moderator and the moderator of
 * another board. Each cell runs on fresh data; a mismatch anywhere fails with the whole matrix
 * printed. Never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static final List<String> ROLES = List.of("anonymous", "user", "asker", "staff", "moderator", "admin",
            "boardmod", "othermod");

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String adminToken;
    private String replierToken;
    private String board;

    /** What a cell needs: a question by the asker, a reply by someone else, a suggestion by the asker. */
    private record Fixture(long question, long opening, long reply, long suggestion, long otherSuggestion) {
    }

    private Fixture fixture() {
        String asker = tokens.get("asker");
        long question = create("question", asker);
        long opening = api.json("GET", "/api/v1/threads/" + question, null, null).json().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long reply = api.json("POST", "/api/v1/threads/" + question + "/posts", "{\"body\":\"a reply\"}", replierToken)
                .json().getJsonNumber("id").longValue();
        return new Fixture(question, opening, reply, create("suggestion", asker), create("suggestion", asker));
    }

    private long create(String kind, String token) {
        Page page = api.json("POST", "/api/v1/boards/" + board + "/threads",
                "{\"title\":\"Matrix " + kind + " thread\",\"body\":\"body\",\"kind\":\"" + kind + "\"}", token);
        assertEquals(201, page.status(), page.body());
        return page.json().getJsonNumber("id").longValue();
    }

    private String grant(String role) {
        String name = role.equals("user") || role.equals("asker") ? new WebClient().signUp(WebClient.uniqueName(role))
                : api.newMemberWithRole(role);
        return api.token(name, WebClient.PASSWORD);
    }

    /** A member who moderates a board of their own (made for them, or the given one). */
    private String boardModerator(String slug) {
        String name = new WebClient().signUp(WebClient.uniqueName("bmod"));
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Moderated\","
                + "\"moderators\":[\"" + name + "\"]}", adminToken).status());
        return api.token(name, WebClient.PASSWORD);
    }

    /** One write: how to do it on a fresh fixture, and the expected status per role. */
    private record Write(String name, Function<Fixture, String[]> request, int... expected) {
    }

    @Test
    void everyWriteByEveryKindOfCaller() {
        adminToken = api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        board = WebClient.uniqueName("matrix").toLowerCase();
        tokens.put("anonymous", null);
        for (String role : ROLES.subList(1, 5)) {
            tokens.put(role, grant(role));
        }
        tokens.put("admin", adminToken);
        tokens.put("boardmod", boardModerator(board));
        tokens.put("othermod", boardModerator(WebClient.uniqueName("other").toLowerCase()));
        String spareBoard = WebClient.uniqueName("spare").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + spareBoard + "\",\"name\":\"Spare\"}",
                adminToken).status());
        replierToken = api.token(new WebClient().signUp(WebClient.uniqueName("replier")), WebClient.PASSWORD);

        //                                                       anon user asker staff mod admin boardmod othermod
        List<Write> writes = List.of(
                new Write("create board", f -> new String[] {"POST", "/api/v1/boards",
                        "{\"slug\":\"" + WebClient.uniqueName("mb").toLowerCase() + "\",\"name\":\"B\"}"},
                        401, 403, 403, 403, 403, 201, 403, 403),
                new Write("start thread", f -> new String[] {"POST", "/api/v1/boards/" + board + "/threads",
                        "{\"title\":\"A new thread\",\"body\":\"x\",\"kind\":\"discussion\"}"}, 401, 201, 201, 201, 201, 201, 201, 201),
                new Write("start announcement", f -> new String[] {"POST", "/api/v1/boards/" + board + "/threads",
                        "{\"title\":\"An announcement\",\"body\":\"x\",\"kind\":\"announcement\"}"}, 401, 400, 400, 201, 201, 201,
                        400, 400),
                new Write("reply", f -> new String[] {"POST", "/api/v1/threads/" + f.question() + "/posts", "{\"body\":\"x\"}"},
                        401, 201, 201, 201, 201, 201, 201, 201),
                new Write("edit the asker's post", f -> new String[] {"PATCH", "/api/v1/posts/" + f.opening(), "{\"body\":\"edited\"}"},
                        401, 403, 200, 200, 200, 200, 200, 403),
                new Write("delete the asker's post", f -> new String[] {"DELETE", "/api/v1/posts/" + f.opening(), null},
                        401, 403, 204, 204, 204, 204, 204, 403),
                // a deleted post exists only for its board's moderators: for anyone else, there is nothing to restore
                new Write("restore a post", f -> new String[] {"POST", "/api/v1/posts/" + f.reply() + "/restore", null},
                        401, 404, 404, 200, 200, 200, 200, 404),
                new Write("accept an answer", f -> new String[] {"POST", "/api/v1/posts/" + f.reply() + "/accept", null},
                        401, 403, 200, 200, 200, 200, 200, 403),
                new Write("unaccept (nothing accepted)", f -> new String[] {"DELETE", "/api/v1/posts/" + f.reply() + "/accept", null},
                        401, 403, 409, 409, 409, 409, 409, 403),
                new Write("vote for a reply", f -> new String[] {"POST", "/api/v1/posts/" + f.reply() + "/vote", null},
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Write("vote for one's own post", f -> new String[] {"POST", "/api/v1/posts/" + f.opening() + "/vote", null},
                        401, 200, 409, 200, 200, 200, 200, 200),
                new Write("vote for a suggestion", f -> new String[] {"POST", "/api/v1/threads/" + f.suggestion() + "/vote", null},
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Write("set a suggestion's status", f -> new String[] {"PUT", "/api/v1/threads/" + f.suggestion() + "/status",
                        "{\"status\":\"planned\",\"note\":\"n\"}"}, 401, 403, 403, 200, 200, 200, 200, 403),
                new Write("merge suggestions", f -> new String[] {"POST", "/api/v1/threads/" + f.suggestion() + "/merge-into/"
                        + f.otherSuggestion(), null}, 401, 403, 403, 200, 200, 200, 200, 403),
                new Write("pin a thread", f -> new String[] {"PUT", "/api/v1/threads/" + f.question() + "/pin",
                        "{\"scope\":\"board\"}"}, 401, 403, 403, 200, 200, 200, 403, 403),
                new Write("move a thread to another board", f -> new String[] {"PUT", "/api/v1/threads/" + f.question() + "/board",
                        "{\"board\":\"" + spareBoard + "\"}"}, 401, 403, 403, 200, 200, 200, 403, 403),
                new Write("close a thread to replies", f -> new String[] {"PUT", "/api/v1/threads/" + f.question() + "/lock",
                        "{\"locked\":true}"}, 401, 403, 403, 200, 200, 200, 200, 403),
                new Write("follow a thread", f -> new String[] {"POST", "/api/v1/threads/" + f.question() + "/follow", null},
                        401, 200, 200, 200, 200, 200, 200, 200),
                new Write("tag the asker's thread", f -> new String[] {"PUT", "/api/v1/threads/" + f.question() + "/tags",
                        "{\"tags\":[\"matrix\",\"登录\"]}"}, 401, 403, 200, 200, 200, 200, 200, 403),
                new Write("keep a managed tag", f -> new String[] {"PUT", "/api/v1/tags/" + WebClient.uniqueName("t").toLowerCase(),
                        "{\"description\":\"d\",\"staffOnly\":true}"}, 401, 403, 403, 403, 403, 200, 403, 403),
                new Write("set a board's moderators", f -> new String[] {"PUT", "/api/v1/boards/" + spareBoard + "/moderators",
                        "{\"usernames\":[\"admin\"]}"}, 401, 403, 403, 403, 403, 200, 403, 403));

        List<String> mismatches = new ArrayList<>();
        StringBuilder matrix = new StringBuilder(String.format("%-30s %s%n", "", String.join(" ", ROLES)));
        for (Write write : writes) {
            matrix.append(String.format("%-30s", write.name()));
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                Fixture fixture = fixture();
                if (write.name().startsWith("restore")) {
                    api.json("DELETE", "/api/v1/posts/" + fixture.reply(), null, adminToken);
                }
                String[] request = write.request().apply(fixture);
                int status = api.json(request[0], request[1], request[2], tokens.get(role)).status();
                matrix.append(String.format(" %s=%d", role.substring(0, 4), status));
                if (status != write.expected()[i] || status >= 500) {
                    mismatches.add(write.name() + " as " + role + ": expected " + write.expected()[i] + ", got " + status);
                }
            }
            matrix.append('\n');
        }
        System.out.println(matrix);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches) + "\n" + matrix);
    }
}
