package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** A person's public page: names and bio (personal data masked), join date, and only the threads the reader may see. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final WebClient api = new WebClient().acceptLanguage("en");
    private final String admin = api.adminToken();

    private String board(String read) {
        String slug = WebClient.uniqueName("mp").toLowerCase();
        assertEquals(201, api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"Board\",\"read\":\"" + read
                + "\"}", admin).status());
        return slug;
    }

    @Test
    void showsTheBioMaskedAndOnlyThreadsTheReaderMayRead() {
        WebClient person = new WebClient().acceptLanguage("en");
        String name = person.signUp(WebClient.uniqueName("member"));
        Page profile = person.get("/profile");
        assertEquals(303, person.postForm("/profile", Map.of("_csrf", profile.csrf(), "displayName", "小王",
                "email", name + "@example.com", "timeZone", "Asia/Shanghai", "language", "en", "theme", "", "birthday", "",
                "bio", "喜欢摄影。\nCall me on 13812345678")).status());
        String token = api.token(name, WebClient.PASSWORD);
        String open = board("EVERYONE");
        api.json("POST", "/api/v1/boards/" + open + "/threads", "{\"title\":\"An open question\",\"body\":\"x\","
                + "\"kind\":\"question\"}", token);
        long moved = api.json("POST", "/api/v1/boards/" + open + "/threads", "{\"title\":\"Internal staff matter\","
                + "\"body\":\"x\",\"kind\":\"discussion\"}", token).json().getJsonNumber("id").longValue();
        assertEquals(200, api.json("PUT", "/api/v1/threads/" + moved + "/board", "{\"board\":\"" + board("STAFF") + "\"}",
                admin).status());

        String page = new WebClient().acceptLanguage("en").get("/u/" + name).body();
        assertTrue(page.contains("小王") && page.contains("喜欢摄影") && page.contains("138****5678"), page);
        assertFalse(page.contains("13812345678"), "personal data in the bio is masked");
        assertTrue(page.contains("An open question") && !page.contains("Internal staff matter"), "only what the reader may read");
        JsonObject json = api.json("GET", "/api/v1/users/" + name.toUpperCase(), null, null).json();
        assertEquals(name, json.getString("username"));
        assertTrue(json.getString("bio").contains("138****5678"));
        assertEquals(1, json.getJsonObject("threads").getJsonArray("threads").size());
        assertEquals(2, api.json("GET", "/api/v1/users/" + name, null, admin).json().getJsonObject("threads")
                .getJsonArray("threads").size(), "staff see the one in the staff board too");
        assertEquals(404, api.json("GET", "/api/v1/users/" + WebClient.uniqueName("nobody"), null, null).status());
        assertEquals(404, new WebClient().get("/u/" + WebClient.uniqueName("nobody")).status());
        assertTrue(new WebClient().get("/t/" + json.getJsonObject("threads").getJsonArray("threads").getJsonObject(0)
                .getJsonNumber("id").longValue()).body().contains("href=\"/u/" + name + "\""), "authors link to their page");
    }
}
