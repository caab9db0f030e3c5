package qiao.portal.plugin;

import java.nio.file.Path;
import org.pf4j.BasePluginLoader;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginClasspath;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import qiao.api.Sdk;

/**
 * PF4J as the portal uses it: plugins are loaded one by one from the paths the host gives (never by scanning a
 * folder), each in a class loader whose parent shows only the SDK and the JDK, plugin first; the SDK version is the
 * system version a plugin's {@code Plugin-Requires} is checked against; whether a plugin runs is the host's
 * business (kept in the database), not PF4J's. Lifecycles are the SDK's {@code Lifecycle} extension, so PF4J's own
 * {@code Plugin} class is a placeholder.
 */
final class QiaoPluginManager extends DefaultPluginManager {

    private final ClassLoader sdk = new SdkOnlyClassLoader(QiaoPluginManager.class.getClassLoader());

    QiaoPluginManager(Path root) {
        super(root);
        setSystemVersion(Sdk.VERSION);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginRepository() {
            @Override
            public java.util.List<Path> getPluginPaths() {
                return java.util.List.of();
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                return false;
            }
        };
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                // the host keeps this in the database
            }

            @Override
            public void enablePlugin(String pluginId) {
                // the host keeps this in the database
            }
        };
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return wrapper -> new Plugin() {
        };
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new BasePluginLoader(this, new DefaultPluginClasspath()) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new PluginClassLoader(this.pluginManager, descriptor, sdk, ClassLoadingStrategy.PDA);
                    }

                    @Override
                    public boolean isApplicable(Path path) {
                        return java.nio.file.Files.isDirectory(path);
                    }
                })
                .add(new JarPluginLoader(this) {
                    @Override
                    public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                        PluginClassLoader loader = new PluginClassLoader(this.pluginManager, descriptor, sdk, ClassLoadingStrategy.PDA);
                        loader.addFile(pluginPath.toFile());
                        return loader;
                    }
                });
    }
}
