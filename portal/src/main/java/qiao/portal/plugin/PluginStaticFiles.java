package qiao.portal.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of a plugin's own {@code static/} folder, served at {@code /p/<plugin>/_static/…}: stylesheets, images,
 * fonts and text for its pages and head fragments. Never scripts, and never a file of the portal or another plugin.
 */
final class PluginStaticFiles {

    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,5}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=UTF-8"));

    private PluginStaticFiles() {
    }

    /** The media type of a file the folder may serve, judged by its path alone; empty for anything else. */
    static Optional<String> type(String path) {
        if (path == null || !PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The file in the plugin's own files (not its parents'), if there is one. */
    static Optional<URL> find(LoadedPlugin plugin, String path) {
        return type(path).isEmpty() ? Optional.empty()
                : Optional.ofNullable(((URLClassLoader) plugin.loader).findResource("static/" + path));
    }
}
