package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings an operator gives through the environment (or server.xml variables). Every one has a
 * default that works on a laptop.
 */
@ApplicationScoped
public class SiteConfig {

    @Inject
    @ConfigProperty(name = "QIAO_SITE_NAME", defaultValue = "Qiao 桥")
    String siteName;

    @Inject
    @ConfigProperty(name = "QIAO_TIME_ZONE", defaultValue = "Asia/Shanghai")
    String timeZone;

    @Inject
    @ConfigProperty(name = "QIAO_THEME", defaultValue = "default")
    String theme;

    @Inject
    @ConfigProperty(name = "QIAO_THEMES_DIR", defaultValue = "themes")
    String themesDir;

    /** Set to true behind a TLS-terminating proxy so cookies are marked Secure. */
    @Inject
    @ConfigProperty(name = "QIAO_SECURE_COOKIES", defaultValue = "false")
    boolean secureCookies;

    /** Reverse proxies whose X-Forwarded-For and X-Forwarded-Host are believed (addresses and CIDR ranges). */
    @Inject
    @ConfigProperty(name = "QIAO_TRUSTED_PROXIES", defaultValue = " ")
    String trustedProxies;

    public String trustedProxies() {
        return trustedProxies.strip();
    }

    /** Where backup archives are written (in a cluster, a folder every node shares). */
    @Inject
    @ConfigProperty(name = "QIAO_BACKUP_DIR", defaultValue = "backups")
    String backupDir;

    /** How often a backup is taken by itself: a duration such as 1d, 24h, 6h or 30m, or "off". */
    @Inject
    @ConfigProperty(name = "QIAO_BACKUP_EVERY", defaultValue = "24h")
    String backupEvery;

    /** The time of day (site time zone) a daily backup is taken from. */
    @Inject
    @ConfigProperty(name = "QIAO_BACKUP_AT", defaultValue = "03:30")
    String backupAt;

    /** How many scheduled backups are kept (older ones are deleted). */
    @Inject
    @ConfigProperty(name = "QIAO_BACKUP_KEEP", defaultValue = "7")
    int backupKeep;

    /** Elasticsearch node URLs (comma-separated); empty for the embedded search index. */
    @Inject
    @ConfigProperty(name = "QIAO_SEARCH_URL", defaultValue = " ")
    String searchUrl;

    /** Elasticsearch credentials: {@code user:password}, or an API key. */
    @Inject
    @ConfigProperty(name = "QIAO_SEARCH_CREDENTIALS", defaultValue = " ")
    String searchCredentials;

    /** The prefix of Qiao's index names in Elasticsearch (several sites can share a cluster). */
    @Inject
    @ConfigProperty(name = "QIAO_SEARCH_PREFIX", defaultValue = "qiao")
    String searchPrefix;

    /** Chinese word analysis in Elasticsearch: auto (smartcn where installed), smartcn, or cjk (bigrams only). */
    @Inject
    @ConfigProperty(name = "QIAO_SEARCH_ANALYSIS", defaultValue = "auto")
    String searchAnalysis;

    /** Where the embedded search index lives. */
    @Inject
    @ConfigProperty(name = "QIAO_SEARCH_DIR", defaultValue = "search")
    String searchDir;

    @Inject
    @ConfigProperty(name = "QIAO_PLUGINS_DIR", defaultValue = "plugins")
    String pluginsDir;

    @Inject
    @ConfigProperty(name = "QIAO_BUNDLED_PLUGINS", defaultValue = "all")
    String bundledPlugins;

    @Inject
    @ConfigProperty(name = "QIAO_PLUGIN_EVENT_RETRY", defaultValue = "1s")
    String pluginEventRetry;

    /** The Elasticsearch nodes to use, or none for the embedded index. */
    public List<URI> searchUrls() {
        List<URI> urls = new ArrayList<>();
        for (String url : searchUrl.split(",")) {
            if (!url.isBlank()) {
                urls.add(URI.create(url.strip()));
            }
        }
        return urls;
    }

    public Optional<String> searchCredentials() {
        return searchCredentials.isBlank() ? Optional.empty() : Optional.of(searchCredentials.strip());
    }

    public String searchPrefix() {
        return searchPrefix.strip().toLowerCase(Locale.ROOT);
    }

    public String searchAnalysis() {
        return searchAnalysis.strip().toLowerCase(Locale.ROOT);
    }

    public Path searchDir() {
        return Path.of(searchDir);
    }

    public Path backupDir() {
        return Path.of(backupDir);
    }

    /** The interval between scheduled backups, or empty when they are off. */
    public Optional<Duration> backupEvery() {
        return interval("QIAO_BACKUP_EVERY", backupEvery);
    }

    /** A setting such as 1d, 24h, 6h or 30m, or off (also 0). */
    static Optional<Duration> interval(String setting, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("0")) {
            return Optional.empty();
        }
        try {
            Duration interval = v.endsWith("d") ? Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1)))
                    : Duration.parse("PT" + v);
            if (interval.isNegative() || interval.isZero()) {
                throw new NumberFormatException();
            }
            return Optional.of(interval);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(setting + " is \"" + value + "\"; it takes an interval such as 1d, "
                    + "24h, 6h or 30m, or off", e);
        }
    }

    public LocalTime backupAt() {
        return LocalTime.parse(backupAt.strip());
    }

    public int backupKeep() {
        return Math.max(1, backupKeep);
    }

    public String siteName() {
        return siteName;
    }

    /** The time zone for visitors who have not chosen one. */
    public ZoneId defaultZone() {
        return ZoneId.of(timeZone);
    }

    /** The theme for visitors who have not chosen one. */
    public String defaultTheme() {
        return theme;
    }

    /** Plugin files an operator adds, and this node's unpacked copies of every plugin. */
    public Path pluginsDir() {
        return Path.of(pluginsDir);
    }

    /**
     * Whether a bundled plugin starts on a site that has never had it: {@code QIAO_BUNDLED_PLUGINS} is {@code all},
     * {@code none}, or the ids of those that do, separated by commas. Admins enable the others on the plugins page.
     */
    public boolean startsBundledPlugin(String id) {
        String wanted = bundledPlugins.strip().toLowerCase(Locale.ROOT);
        return wanted.equals("all") || java.util.Arrays.stream(wanted.split(",")).map(String::strip).anyMatch(id::equals);
    }

    /** How long a plugin's failed event waits for its first retry (each next wait is twice as long, at most a minute). */
    public Duration pluginEventRetry() {
        return interval("QIAO_PLUGIN_EVENT_RETRY", pluginEventRetry).orElse(Duration.ofSeconds(1));
    }

    /** Where further theme folders live (each with a theme.properties). */
    public Path themesDir() {
        return Path.of(themesDir);
    }

    public boolean secureCookies() {
        return secureCookies;
    }
}
