package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What build of Qiao is running (written into the WAR by Maven). */
@ApplicationScoped
public class BuildInfo {

    private final Properties props = new Properties();

    public BuildInfo() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/qiao-build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return props.getProperty("version", "dev");
    }

    /** Changes with every build, so browsers may cache theme files for a year without going stale. */
    public String assetVersion() {
        return props.getProperty("build", "dev").replaceAll("[^0-9A-Za-z]", "");
    }
}
