package qiao.api.plugin;

import org.pf4j.ExtensionPoint;
import qiao.api.settings.SettingsSchema;

/**
 * A plugin's beginning and end, and the settings it has. At most one per plugin; a plugin without one has no settings.
 * {@link #start} runs when the plugin is enabled (at the portal's start, after an install, an upgrade or an admin's
 * enable), {@link #stop} when it is disabled, upgraded or uninstalled, on every node of the cluster.
 */
public interface Lifecycle extends ExtensionPoint {

    /** The settings the admin page shows and checks. */
    default SettingsSchema settingsSchema() {
        return SettingsSchema.builder().build();
    }

    default void start(PluginContext context) throws Exception {
    }

    default void stop(PluginContext context) throws Exception {
    }
}
