package qiao.portal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** Phone, ID and card numbers typed into posts: warned about, masked in public, revealed with a logged reason. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    private static final String PHONE = "13812345678";
    private static final String ID = "11010519491231002X";
    private static final Pattern POST_ID = Pattern.compile("/t/(\\d+)/posts/(\\d+)/original");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static String board() {
        WebClient api = new WebClient();
        String slug = WebClient.uniqueName("pii").toLowerCase();
        Page created = api.json("POST", "/api/v1/boards", "{\"slug\":\"" + slug + "\",\"name\":\"隐私测试\"}",
                api.token(WebClient.ADMIN, WebClient.ADMIN_PASSWORD));
        assertEquals(201, created.status(), created.body());
        return slug;
    }

    @Test
    void composerWarnsThenPublicPagesShowOnlyMaskedNumbers() {
        String slug = board();
        WebClient author = new WebClient();
        author.signUp(WebClient.uniqueName("owner"));
        String csrf = author.get("/b/" + slug + "/new").csrf();
        Map<String, String> form = Map.of("_csrf", csrf, "title", "急！手机 " + PHONE + " 被盗", "kind", "question",
                "body", "身份证 " + ID + "，卡号 4111 1111 1111 1111，邮箱 zhang.san@example.cn", "key", "pii-" + slug);
        Page warned = author.postForm("/b/" + slug + "/new", form);
        assertEquals(200, warned.status());
        assertTrue(warned.body().contains("id=\"personal-data-warning\""));
        assertTrue(warned.body().contains("138****5678"), "shows how the title will look");
        assertTrue(warned.body().contains(ID), "the author's own text stays in the form");

        Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirmPersonalData", "yes");
        Page posted = author.postForm("/b/" + slug + "/new", confirmed);
        assertEquals(303, posted.status(), posted.body());
        String threadPath = posted.location().replaceFirst("^https?://[^/]+", "");

        for (WebClient reader : List.of(new WebClient(), signedInStranger())) {
            String page = reader.get(threadPath).body();
            assertFalse(page.contains(PHONE) || page.contains(ID) || page.contains("4111 1111 1111 1111")
                    || page.contains("zhang.san@"), page);
            assertTrue(page.contains("138****5678") && page.contains("110***********002X")
                    && page.contains("**** **** **** 1111") && page.contains("z***@example.cn"), page);
            assertFalse(page.contains("/original\""), "no reveal link for other readers");
        }
        String board = new WebClient().get("/b/" + slug).body();
        assertFalse(board.contains(PHONE), "lists show the masked title too");
        long threadId = Long.parseLong(threadPath.replaceAll("\\D", ""));
        String json = new WebClient().json("GET", "/api/v1/threads/" + threadId, null, null).body();
        assertFalse(json.contains(PHONE) || json.contains(ID), json);
        assertTrue(json.contains("\"masked\":true"), json);

        Matcher link = POST_ID.matcher(author.get(threadPath).body());
        assertTrue(link.find(), "the author sees a link to the original");
        Page original = author.get(link.group());
        assertEquals(200, original.status());
        assertTrue(original.body().contains(ID) && original.body().contains(PHONE), original.body());

        assertEquals(404, signedInStranger().get(link.group()).status(), "others cannot even tell it exists");
    }

    @Test
    void staffNeedAReasonAndEveryLookIsLogged() {
        String slug = board();
        WebClient author = new WebClient();
        String name = author.signUp(WebClient.uniqueName("owner"));
        String token = author.token(name, WebClient.PASSWORD);
        Page created = author.json("POST", "/api/v1/boards/" + slug + "/threads",
                "{\"title\":\"换绑手机\",\"body\":\"我的新号 " + PHONE + "\",\"kind\":\"question\"}", token);
        assertEquals(201, created.status());
        String threadPath = created.json().getString("url");

        WebClient staff = new WebClient().acceptLanguage("en");
        staff.signIn(WebClient.ADMIN, WebClient.ADMIN_PASSWORD);
        Matcher link = POST_ID.matcher(staff.get(threadPath).body());
        assertTrue(link.find());
        Page ask = staff.get(link.group());
        assertEquals(200, ask.status());
        assertTrue(ask.body().contains("name=\"reason\""));
        assertFalse(ask.body().contains(PHONE), "nothing is shown before a reason is given");

        Page noReason = staff.postForm(link.group(), Map.of("_csrf", ask.csrf(), "reason", "  "));
        assertEquals(400, noReason.status());
        assertFalse(noReason.body().contains(PHONE));

        Page shown = staff.postForm(link.group(), Map.of("_csrf", ask.csrf(), "reason", "工单 #42 核实身份"));
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains(PHONE));
    }

    private static WebClient signedInStranger() {
        WebClient stranger = new WebClient();
        stranger.signUp(WebClient.uniqueName("stranger"));
        return stranger;
    }
}
