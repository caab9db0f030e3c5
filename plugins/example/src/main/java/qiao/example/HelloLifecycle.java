package qiao.example;

import org.pf4j.Extension;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PluginContext;
import qiao.api.settings.SettingsSchema;

/** The plugin's one setting. The portal shows it on the admin page and checks it, so the plugin never has to. */
@Extension
public class HelloLifecycle implements Lifecycle {

    static final String GREETING = "greeting";

    @Override
    public SettingsSchema settingsSchema() {
        return SettingsSchema.builder().string(GREETING, "你好").build();
    }

    @Override
    public void start(PluginContext context) {
        // the portal prefixes this with the plugin's id in its log: the quickest way to see that a build was picked up
        context.logger().log(System.Logger.Level.INFO, "hello " + context.version() + " started");
    }
}
