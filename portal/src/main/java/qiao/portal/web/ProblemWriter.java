package qiao.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes {@link Problem}s as {@code application/problem+json}, leaving out empty members. */
@Provider
@ApplicationScoped
@Produces({Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ProblemWriter implements MessageBodyWriter<Problem> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Problem.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.type());
        json.put("title", problem.title());
        json.put("status", problem.status());
        json.put("detail", problem.detail());
        json.put("instance", problem.instance());
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            json.put("errors", problem.errors());
        }
        headers.putSingle("Content-Type", Problem.MEDIA_TYPE);
        out.write(JSONB.toJson(json).getBytes(StandardCharsets.UTF_8));
    }
}
