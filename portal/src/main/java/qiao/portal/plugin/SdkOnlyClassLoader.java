package qiao.portal.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin's class loader: the JDK, the SDK ({@code qiao.api}) and PF4J's annotations and
 * extension point, and nothing else of the portal's — not its classes, not its libraries, not its resources. A
 * plugin that needs a library brings it in its own {@code lib/}.
 */
final class SdkOnlyClassLoader extends ClassLoader {

    private static final String[] SHARED = {"qiao.api.", "org.pf4j."};

    private final ClassLoader portal;

    SdkOnlyClassLoader(ClassLoader portal) {
        super("qiao-plugin-sdk", ClassLoader.getPlatformClassLoader());
        this.portal = portal;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String prefix : SHARED) {
            if (name.startsWith(prefix)) {
                return portal.loadClass(name);
            }
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith("META-INF/") ? Collections.emptyEnumeration() : getParent().getResources(name);
    }
}
