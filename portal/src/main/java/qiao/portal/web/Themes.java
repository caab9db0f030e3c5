package qiao.portal.web;

import io.pebbletemplates.pebble.PebbleEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import qiao.portal.platform.SiteConfig;

/**
 * The installed themes: the bundled default theme plus every folder with a theme.properties in the
 * themes directory. The directory is looked at again (at most every few seconds) when a theme is
 * asked for, so a theme copied in while the portal runs is picked up without a restart.
 */
@ApplicationScoped
public class Themes {

    private static final Logger LOG = Logger.getLogger(Themes.class.getName());
    /** Themes shipped inside the WAR besides the default one (a theme folder of the same name wins). */
    private static final List<String> BUNDLED = List.of("ink");
    private static final long RESCAN_NANOS = 5_000_000_000L;
    private static final long RESCAN_ON_MISS_NANOS = 250_000_000L;

    @Inject
    SiteConfig config;

    private final Path fixedDirectory;

    private volatile Map<String, Theme> themes = Map.of();
    private volatile long scannedAt;
    private final Map<List<String>, PebbleEngine> engines = new ConcurrentHashMap<>();

    public Themes() {
        this.fixedDirectory = null;
    }

    /** Themes from a given directory instead of the configured one (for tools and tests). */
    Themes(Path directory) {
        this.fixedDirectory = directory;
    }

    /** Whether a theme is installed; a name not seen before makes the directory be looked at again. */
    public boolean exists(String name) {
        if (all().containsKey(name)) {
            return true;
        }
        if (System.nanoTime() - scannedAt > RESCAN_ON_MISS_NANOS) {
            themes = scan();
            scannedAt = System.nanoTime();
        }
        return themes.containsKey(name);
    }

    /** Every theme by name, the default first. */
    public Map<String, Theme> all() {
        long now = System.nanoTime();
        if (themes.isEmpty() || now - scannedAt > RESCAN_NANOS) {
            themes = scan();
            scannedAt = now;
        }
        return themes;
    }

    /** The theme and its ancestors, nearest first, always ending with the default theme. */
    public List<Theme> chain(String name) {
        Map<String, Theme> known = all();
        List<Theme> chain = new ArrayList<>();
        Theme theme = known.getOrDefault(name, known.get(Theme.DEFAULT));
        while (theme != null && !chain.contains(theme)) {
            chain.add(theme);
            theme = theme.parent().map(known::get).orElse(null);
        }
        Theme fallback = known.get(Theme.DEFAULT);
        if (!chain.contains(fallback)) {
            chain.add(fallback);
        }
        return chain;
    }

    /** The template engine for a theme; a theme's templates override those of its ancestors. */
    public PebbleEngine engine(String name) {
        List<Theme> chain = chain(name);
        List<String> key = chain.stream().map(Theme::name).toList();
        return engines.computeIfAbsent(key, k -> TemplateEngines.create(chain));
    }

    /** The engine for a theme with templates from a source outside the themes first. */
    public PebbleEngine engine(String name, TemplateSource source) {
        List<Theme> chain = chain(name);
        List<String> key = new java.util.ArrayList<>(chain.stream().map(Theme::name).toList());
        key.add(source.name());
        return engines.computeIfAbsent(List.copyOf(key), k -> TemplateEngines.create(chain, source));
    }

    /** Drops the engines made with a source that is gone (a plugin stopped or upgraded). */
    public void forget(String sourceName) {
        engines.keySet().removeIf(key -> key.get(key.size() - 1).equals(sourceName));
    }

    /** A static file (below {@code static/}) of the theme or, failing that, of its ancestors. */
    public Optional<URL> asset(String themeName, String path) {
        for (Theme theme : chain(themeName)) {
            Optional<URL> file = theme.file("static/" + path);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    private Map<String, Theme> scan() {
        Map<String, Theme> found = new LinkedHashMap<>();
        found.put(Theme.DEFAULT, Theme.onClasspath(Theme.DEFAULT));
        Path dir = fixedDirectory != null ? fixedDirectory : config.themesDir();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> folders = Files.list(dir)) {
                folders.filter(f -> Files.isRegularFile(f.resolve("theme.properties"))).sorted().forEach(f -> {
                    try {
                        Theme theme = Theme.inDirectory(f);
                        if (!theme.name().equals(Theme.DEFAULT)) {
                            found.putIfAbsent(theme.name(), theme);
                        }
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Skipping theme folder " + f + ": " + e.getMessage());
                    }
                });
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot read themes directory " + dir, e);
            }
        }
        for (String bundled : BUNDLED) {
            found.putIfAbsent(bundled, Theme.onClasspath(bundled));
        }
        return Collections.unmodifiableMap(found);
    }
}
