package qiao.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.platform.BuildInfo;

/**
 * Third-party scripts that come in WebJars, under {@code /lib/<build>/<name>.js}. Only the listed
 * ones are served, and the WebJar's own version is looked up so no path names a version twice.
 */
@Path("lib/{build}/{name}.js")
@ApplicationScoped
public class ScriptLibraries {

    /** Name in the URL → WebJar artifact and the file inside it. */
    private static final Map<String, String[]> LIBRARIES = Map.of("htmx", new String[] {"htmx.org", "dist/htmx.min.js"});

    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    @Inject
    BuildInfo build;

    @GET
    @Operation(hidden = true)
    public Response script(@PathParam("build") String buildId, @PathParam("name") String name) {
        String[] library = LIBRARIES.get(name);
        if (library == null) {
            throw Refusal.notFound();
        }
        byte[] bytes = read("META-INF/resources/webjars/" + library[0] + "/" + version(library[0]) + "/" + library[1]);
        Response.ResponseBuilder response = Response.ok(bytes).header("Content-Type", "text/javascript; charset=UTF-8");
        if (buildId.equals(build.assetVersion())) {
            response.cacheControl(FOREVER);
        }
        return response.build();
    }

    private static String version(String artifact) {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = ScriptLibraries.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing from the application: " + path);
        }
        return in;
    }
}
