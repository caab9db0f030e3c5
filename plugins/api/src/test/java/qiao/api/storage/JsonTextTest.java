package qiao.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void aDocumentIsWrittenInItsOrderWithEverythingEscaped() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("名字", "张三 \"小张\"\n\\");
        document.put("age", 30);
        document.put("score", new BigDecimal("9.50"));
        document.put("ok", true);
        document.put("none", null);
        document.put("tags", List.of("春节", 1L));
        document.put("nested", Map.of("x", List.of()));
        document.put("ctl", "\u0001\u2028");
        assertEquals("{\"名字\":\"张三 \\\"小张\\\"\\n\\\\\",\"age\":30,\"score\":9.50,\"ok\":true,\"none\":null,"
                + "\"tags\":[\"春节\",1],\"nested\":{\"x\":[]},\"ctl\":\"\\u0001\\u2028\"}", JsonText.write(document));
    }

    @Test
    void whatIsWrittenReadsBackWithWholeNumbersAsLongs() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("s", "a\"b\\c\n\t/é😀");
        document.put("n", 42);
        document.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        document.put("d", 2.5);
        document.put("list", Arrays.asList(true, null, Map.of("k", -1)));
        Map<String, Object> read = JsonText.readObject(JsonText.write(document));
        assertEquals("a\"b\\c\n\t/é😀", read.get("s"));
        assertEquals(42L, read.get("n"));
        assertEquals(new BigDecimal("123456789012345678901234567890"), read.get("big"));
        assertEquals(new BigDecimal("2.5"), read.get("d"));
        assertEquals(Arrays.asList(true, null, Map.of("k", -1L)), read.get("list"));
        assertEquals(List.of("s", "n", "big", "d", "list"), List.copyOf(read.keySet()), "in the order written");
    }

    @Test
    void otherWritersJsonReadsToo() {
        Map<String, Object> read = JsonText.readObject(" { \"a\" : [ 1 , 2.0e3 , \"\\u4f60\\/\" ] , \"b\" : { } } ");
        assertEquals(List.of(1L, new BigDecimal("2.0e3"), "你/"), read.get("a"));
        assertEquals(Map.of(), read.get("b"));
    }

    @Test
    void whatJsonCannotHoldIsRefused() {
        assertEquals("a document holds maps, lists, strings, numbers, booleans and null, not java.lang.Object",
                assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of("x", new Object()))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of(1, "x")));
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of("x", Double.NaN)));
        Object deep = List.of();
        for (int i = 0; i < 70; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of("x", tooDeep)));
    }

    @Test
    void textThatIsNotOneObjectIsRefusedSayingWhere() {
        assertEquals("not a JSON document: expected a JSON object at character 0",
                assertThrows(IllegalArgumentException.class, () -> JsonText.readObject("[1]")).getMessage());
        assertEquals("not a JSON document: expected the end of the document at character 3",
                assertThrows(IllegalArgumentException.class, () -> JsonText.readObject("{} x")).getMessage());
        for (String bad : List.of("{", "{\"a\"}", "{\"a\":01}", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\u0001\"}", "{a:1}",
                "{\"a\":1,}", "{\"a\":\"open}", "{\"a\":-}", "{\"a\":\"\\u12\"}")) {
            assertThrows(IllegalArgumentException.class, () -> JsonText.readObject(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonText.readObject("{\"a\":" + "[".repeat(100)));
    }
}
