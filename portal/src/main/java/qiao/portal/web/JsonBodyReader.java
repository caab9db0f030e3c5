package qiao.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the JSON bodies of Qiao's API requests strictly: UTF-8 only (malformed bytes are refused,
 * not replaced), exactly one JSON value (nothing after it), no string with a lone surrogate (which
 * a database would store as "?"), and an empty body or a JSON null is an error, not a null argument.
 */
@Provider
@ApplicationScoped
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getPackageName().startsWith("qiao.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String text = strictUtf8(body.readAllBytes()).strip();
        if (text.isEmpty() || text.equals("null")) {
            throw InvalidInput.of("body", "error.json.empty");
        }
        checkOneCleanValue(text);
        return JSONB.fromJson(text, genericType);
    }

    /** Walks the whole text once: one value, then the end; every string whole. */
    static void checkOneCleanValue(String text) {
        Deque<String> containers = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            do {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        containers.push(key != null ? key : containers.isEmpty() ? "body" : containers.peek());
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        containers.pop();
                        key = null;
                    }
                    case KEY_NAME -> key = parser.getString();
                    case VALUE_STRING -> {
                        if (hasLoneSurrogate(parser.getString())) {
                            throw InvalidInput.of(key != null ? key : containers.isEmpty() ? "body" : containers.peek(),
                                    "validation.characters");
                        }
                    }
                    default -> {
                        // numbers, booleans and nulls need no check here
                    }
                }
            } while (!containers.isEmpty());
            if (parser.hasNext()) {
                throw InvalidInput.of("body", "error.json.trailing");
            }
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            throw InvalidInput.of("body", "error.json.malformed");
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("body", "error.encoding");
        }
    }
}
