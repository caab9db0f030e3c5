package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void foldsFullWidthFormsAndDropsInvisibleAndControlCharacters() {
        assertEquals("QQ号被盗", QueryText.clean("ＱＱ号被盗"));
        assertEquals("红包", QueryText.clean("红\u200B包\u200D"));
        assertEquals("发 红包", QueryText.clean(" \t发\u0000\u0007红包\r\n"));
        assertEquals("a b", QueryText.clean("a\u3000\u00A0 b"));
        assertEquals("", QueryText.clean("\u200B\u202E\uFEFF"));
        assertEquals("", QueryText.clean(null));
    }

    @Test
    void dropsLoneSurrogatesButKeepsCharactersBeyondTheBasicPlane() {
        assertEquals("ab", QueryText.clean("a\uD800b"));
        assertEquals("𠮷野家", QueryText.clean("𠮷野家"));
    }

    @Test
    void keepsQuerySyntaxAsText() {
        assertEquals("\"(*:~^\\/[", QueryText.clean("\"(*:~^\\/["));
    }

    @Test
    void cutsLongQueriesAtTwoHundredCharacters() {
        String typed = "红".repeat(10_000);
        assertTrue(QueryText.tooLong(typed));
        assertEquals(QueryText.MAX_LENGTH, QueryText.clean(typed).length());
        assertFalse(QueryText.tooLong("红".repeat(QueryText.MAX_LENGTH)));
        assertEquals(QueryText.MAX_LENGTH, QueryText.clean("𠮷".repeat(300)).codePointCount(0, QueryText.clean("𠮷".repeat(300)).length()));
    }

    @Test
    void findsTraditionalAndSimplifiedForms() {
        assertEquals(List.of("發紅包", "发红包"), QueryText.variants("發紅包"));
        assertEquals(List.of("发红包", "發紅包"), QueryText.variants("发红包"));
        assertEquals(List.of("password reset"), QueryText.variants("password reset"));
    }
}
