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
import java.net.URL;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.platform.BuildInfo;

/**
 * Theme files under {@code /static/<theme>/<build>/<path>}: the file of the theme, or of the
 * nearest ancestor that has it. URLs change with every build, so browsers may keep them for a year.
 */
@Path("static/{theme}/{build}/{path: .+}")
@ApplicationScoped
public class StaticAssetsResource {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=UTF-8");

    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    @Inject
    Themes themes;

    @Inject
    BuildInfo build;

    @GET
    @Operation(hidden = true)
    public Response file(@PathParam("theme") String theme, @PathParam("build") String buildId,
            @PathParam("path") String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        URL url = type == null || !themes.exists(theme) ? null : themes.asset(theme, path).orElse(null);
        if (url == null) {
            throw Refusal.notFound();
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response.ResponseBuilder response = Response.ok(bytes).header("Content-Type", type);
        if (buildId.equals(build.assetVersion())) {
            response.cacheControl(FOREVER);
        }
        return response.build();
    }
}
