package qiao.portal.platform;

import jakarta.servlet.ServletContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migration scripts in {@code WEB-INF/classes/db/migration}. Flyway's own class
 * path scanner cannot list folders inside a Liberty application, but the servlet context can.
 */
final class MigrationScripts implements ResourceProvider {

    static final String FOLDER = "db/migration/";
    private static final String WEB_INF_CLASSES = "/WEB-INF/classes/";

    private final List<LoadableResource> scripts = new ArrayList<>();

    MigrationScripts(ServletContext context, ClassLoader loader) {
        Set<String> paths = context.getResourcePaths(WEB_INF_CLASSES + FOLDER);
        if (paths == null || paths.isEmpty()) {
            throw new IllegalStateException("No database migrations found in " + WEB_INF_CLASSES + FOLDER);
        }
        paths.stream().filter(p -> !p.endsWith("/")).sorted().forEach(p ->
                scripts.add(new Script(p.substring(WEB_INF_CLASSES.length()), loader)));
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name) || s.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(s -> s.getFilename().startsWith(prefix))
                .filter(s -> Arrays.stream(suffixes).anyMatch(s.getFilename()::endsWith))
                .toList();
    }

    private static final class Script extends LoadableResource {
        private final String path;
        private final ClassLoader loader;

        Script(String path, ClassLoader loader) {
            this.path = path;
            this.loader = loader;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("Migration vanished: " + path);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return path;
        }
    }
}
