package qiao.portal.plugin;

import java.time.Clock;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.PluginMessages;
import qiao.api.portal.Portal;
import qiao.api.settings.Settings;
import qiao.api.storage.PluginStorage;

/** The context one running plugin gets on every call; its settings are always the latest an admin saved. */
record HostedContext(LoadedPlugin plugin, PluginStorage storage, PluginMessages messages, Clock clock, System.Logger logger,
        Portal portal) implements PluginContext {

    @Override
    public String pluginId() {
        return plugin.id;
    }

    @Override
    public String version() {
        return plugin.version;
    }

    @Override
    public Settings settings() {
        return plugin.settings();
    }
}
