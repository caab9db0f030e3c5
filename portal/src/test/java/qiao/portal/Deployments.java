package qiao.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What integration tests deploy: the very WAR the build produced, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File("target/qiao.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
