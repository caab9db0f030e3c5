package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.ZoneId;
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

    /** Where further theme folders live (each with a theme.properties). */
    public Path themesDir() {
        return Path.of(themesDir);
    }

    public boolean secureCookies() {
        return secureCookies;
    }
}
