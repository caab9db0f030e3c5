package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import qiao.portal.web.RequestLineFilter.QueryStrings;

class QueryStringsTest {

    /** What the container hands over for raw UTF-8 bytes: one ISO-8859-1 char per byte. */
    private static String asReceived(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void rawUtf8IsEncodedAsABrowserWouldHave() {
        String received = asReceived("x=支&q=a b");
        assertTrue(QueryStrings.needsEscaping(received));
        assertEquals("x=%E6%94%AF&q=a%20b", QueryStrings.escape(received));
        assertFalse(QueryStrings.needsEscaping("x=%E6%94%AF&q=a+b"), "already fine");
    }

    @Test
    void brokenEscapesAreTold() {
        assertTrue(QueryStrings.wellEscaped("a=%E6%94%AF&b=%20"));
        assertFalse(QueryStrings.wellEscaped("x=%zz"));
        assertFalse(QueryStrings.wellEscaped("x=%4"));
        assertFalse(QueryStrings.wellEscaped("x=%"));
        assertFalse(QueryStrings.wellEscaped("x=%E6%94"), "half a character");
        assertFalse(QueryStrings.wellEscaped("x=%C0%AF"), "an overlong encoding");
    }
}
