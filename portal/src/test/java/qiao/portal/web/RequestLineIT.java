package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;
import qiao.portal.WebClient;

/**
 * Requests as curl and bots send them, written byte by byte (an HTTP client library would fix them
 * first): raw UTF-8 in the query, broken percent-escapes, addresses and cookies too long. Each gets
 * the site's own page or problem detail in the visitor's language, never a 500 or an empty answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLineIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** The status line, the headers and the body of an answer. */
    private record Answer(int status, String head, String body) {
    }

    private static Answer send(String target, String... headers) throws IOException {
        try (Socket socket = new Socket(WebClient.BASE.getHost(), WebClient.BASE.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\nHost: ")
                    .append(WebClient.BASE.getAuthority()).append("\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String whole = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = whole.indexOf("\r\n\r\n");
            String head = split < 0 ? whole : whole.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : whole.substring(split + 4));
        }
    }

    @Test
    void aRawUtf8QueryIsServedLikeAnEncodedOne() throws IOException {
        Answer unknown = send("/no-such?x=支付", "Accept-Language: en");
        assertEquals(404, unknown.status(), unknown.head());
        assertTrue(unknown.body().contains("Not found") && unknown.body().contains("<html"), "the site's own page");
        Answer known = send("/tags?x=支付");
        assertEquals(200, known.status(), known.head());
        Answer api = send("/api/v1/boards?x=登录", "Accept: application/json");
        assertEquals(200, api.status(), api.head());
    }

    @Test
    void brokenPercentEscapesGetAProblemInTheVisitorsLanguage() throws IOException {
        Answer page = send("/no-such?x=%zz", "Accept-Language: zh-CN");
        assertEquals(400, page.status());
        assertTrue(page.body().contains("网址编码不正确"), page.body());
        Answer api = send("/api/v1/boards?x=%E6%94", "Accept-Language: en");
        assertEquals(400, api.status());
        assertTrue(api.head().toLowerCase().contains("content-type: application/problem+json"), api.head());
        assertTrue(api.body().contains("not properly encoded"), api.body());
    }

    @Test
    void addressesAndCookiesTooLongToBeAnybodysGetAPageToo() throws IOException {
        Answer address = send("/?q=" + "a".repeat(20_000), "Accept-Language: en");
        assertEquals(414, address.status());
        assertTrue(address.body().contains("Address too long"), address.body());
        Answer cookies = send("/", "Accept-Language: en", "Cookie: junk=" + "b".repeat(20_000));
        assertEquals(431, cookies.status());
        assertTrue(cookies.body().contains("Too many cookies"), cookies.body());
        Answer api = send("/api/v1/boards?q=" + "c".repeat(20_000), "Accept-Language: en");
        assertEquals(414, api.status());
        assertTrue(api.head().toLowerCase().contains("application/problem+json"), api.head());
    }
}
