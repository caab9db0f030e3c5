package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestSourceTest {

    private static final String HOST = "127.0.0.1:9080";

    @Test
    void theBrowsersOwnVerdictComesFirst() {
        assertEquals(RequestSource.THIS_SITE, RequestSource.of("same-origin", null, null, HOST));
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of("cross-site", "http://127.0.0.1:9080", null, HOST));
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of("same-site", null, null, HOST), "a sibling subdomain is not us");
        assertEquals(RequestSource.UNKNOWN, RequestSource.of("none", null, null, HOST));
    }

    @Test
    void thenTheOriginThenTheReferer() {
        assertEquals(RequestSource.THIS_SITE, RequestSource.of(null, "http://127.0.0.1:9080", null, HOST));
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of(null, "http://127.0.0.1:8080", null, HOST),
                "another port is another origin");
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of(null, "null", null, HOST));
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of(null, "https://evil.example", null, HOST));
        assertEquals(RequestSource.THIS_SITE, RequestSource.of(null, null, "http://127.0.0.1:9080/t/5", HOST));
        assertEquals(RequestSource.ANOTHER_SITE, RequestSource.of(null, null, "http://evil.example/?x", HOST));
        assertEquals(RequestSource.UNKNOWN, RequestSource.of(null, null, null, HOST));
        assertEquals(RequestSource.THIS_SITE, RequestSource.of(null, "https://QIAO.example", null, "qiao.example"));
    }
}
