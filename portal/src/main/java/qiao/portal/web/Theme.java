package qiao.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One theme: a folder with {@code theme.properties} (name, parent, title), {@code templates/} and
 * {@code static/}. The bundled default theme lives on the class path; others are plain directories.
 */
public final class Theme {

    public static final String DEFAULT = "default";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

    private final String name;
    private final String parent;
    private final String title;
    private final Path directory;
    private final String classpathRoot;

    private Theme(Properties props, String fallbackName, Path directory, String classpathRoot) {
        this.name = props.getProperty("name", fallbackName).trim();
        String p = props.getProperty("parent", "").trim();
        this.parent = p.isEmpty() || name.equals(DEFAULT) ? null : p;
        this.title = props.getProperty("title", name).trim();
        this.directory = directory;
        this.classpathRoot = classpathRoot;
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("theme name must match " + SAFE_NAME + ": " + name);
        }
    }

    /** The theme bundled in the WAR under {@code themes/<name>/}. */
    public static Theme onClasspath(String name) {
        String root = "themes/" + name + "/";
        return new Theme(load(Theme.class.getClassLoader().getResource(root + "theme.properties")), name, null, root);
    }

    /** A theme folder from the themes directory. */
    public static Theme inDirectory(Path directory) {
        try (InputStream in = Files.newInputStream(directory.resolve("theme.properties"))) {
            Properties props = new Properties();
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return new Theme(props, directory.getFileName().toString(), directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(URL url) {
        Properties props = new Properties();
        if (url != null) {
            try (InputStream in = url.openStream()) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return props;
    }

    public String name() {
        return name;
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    public String title() {
        return title;
    }

    /**
     * A file of this theme (not of its parents), for a relative path such as
     * {@code templates/home.peb}. Paths that try to leave the theme folder find nothing.
     */
    public Optional<URL> file(String relativePath) {
        if (!SAFE_PATH.matcher(relativePath).matches() || relativePath.contains("..")) {
            return Optional.empty();
        }
        if (classpathRoot != null) {
            return Optional.ofNullable(Theme.class.getClassLoader().getResource(classpathRoot + relativePath));
        }
        Path file = directory.resolve(relativePath).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(file.toUri().toURL());
        } catch (java.net.MalformedURLException e) {
            return Optional.empty();
        }
    }
}
