package qiao.api.storage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@link PluginStorage}'s documents, written and read here so that the SDK needs no library: objects,
 * arrays, strings, numbers, booleans and null, nested at most {@link #DEPTH_MAX} deep.
 */
final class JsonText {

    static final int DEPTH_MAX = 64;

    private final String text;
    private int at;

    private JsonText(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException for a value JSON cannot hold (another type, a key not a string, NaN…) */
    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(value, json, 0);
        return json.toString();
    }

    /** @throws IllegalArgumentException if the text is not one JSON object */
    static Map<String, Object> readObject(String text) {
        JsonText reader = new JsonText(text);
        reader.space();
        if (!reader.peek('{')) {
            throw reader.problem("a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) reader.value(0);
        reader.space();
        if (reader.at != text.length()) {
            throw reader.problem("the end of the document");
        }
        return object;
    }

    private static void write(Object value, StringBuilder json, int depth) {
        if (depth > DEPTH_MAX) {
            throw new IllegalArgumentException("a document is nested at most " + DEPTH_MAX + " deep");
        }
        switch (value) {
            case null -> json.append("null");
            case String s -> string(s, json);
            case Boolean b -> json.append(b);
            case Integer n -> json.append(n);
            case Long n -> json.append(n);
            case Short n -> json.append(n);
            case Byte n -> json.append(n);
            case BigInteger n -> json.append(n);
            case BigDecimal n -> json.append(n.toString());
            case Double n -> json.append(finite(n, n.isNaN() || n.isInfinite()));
            case Float n -> json.append(finite(n, n.isNaN() || n.isInfinite()));
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("a document's keys are strings, not " + entry.getKey());
                    }
                    json.append(first ? "" : ",");
                    string(key, json);
                    json.append(':');
                    write(entry.getValue(), json, depth + 1);
                    first = false;
                }
                json.append('}');
            }
            case Collection<?> list -> {
                json.append('[');
                boolean first = true;
                for (Object item : list) {
                    json.append(first ? "" : ",");
                    write(item, json, depth + 1);
                    first = false;
                }
                json.append(']');
            }
            default -> throw new IllegalArgumentException("a document holds maps, lists, strings, numbers, booleans and null, not "
                    + value.getClass().getName());
        }
    }

    private static Number finite(Number n, boolean notFinite) {
        if (notFinite) {
            throw new IllegalArgumentException("JSON has no " + n);
        }
        return n;
    }

    private static void string(String s, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private Object value(int depth) {
        if (depth > DEPTH_MAX) {
            throw problem("at most " + DEPTH_MAX + " levels");
        }
        space();
        if (at >= text.length()) {
            throw problem("a value");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) {
            at++;
            return Collections.unmodifiableMap(object);
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw problem("a key in quotes");
            }
            String key = string();
            space();
            expect(':');
            object.put(key, value(depth + 1));
            space();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return Collections.unmodifiableMap(object);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        at++;
        space();
        if (peek(']')) {
            at++;
            return Collections.unmodifiableList(array);
        }
        while (true) {
            array.add(value(depth + 1));
            space();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return Collections.unmodifiableList(array);
            }
        }
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c < 0x20) {
                throw problem("no control character inside a string");
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> s.append(escaped);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw problem("four hex digits");
                    }
                    try {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException notHex) {
                        throw problem("four hex digits");
                    }
                    at += 4;
                }
                default -> throw problem("an escape such as \\n or \\u0041");
            }
        }
        throw problem("the end of the string");
    }

    private Number number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String digits = text.substring(start, at);
        if (!digits.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            at = start;
            throw problem("a value");
        }
        BigDecimal number = new BigDecimal(digits);
        if (digits.matches("-?[0-9]+")) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLong) {
                return number;
            }
        }
        return number;
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw problem("a value");
        }
        at += word.length();
        return value;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw problem("'" + c + "'");
        }
        at++;
    }

    private IllegalArgumentException problem(String expected) {
        return new IllegalArgumentException("not a JSON document: expected " + expected + " at character " + at);
    }
}
