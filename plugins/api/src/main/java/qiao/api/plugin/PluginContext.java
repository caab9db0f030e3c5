package qiao.api.plugin;

import java.time.Clock;
import qiao.api.portal.Portal;
import qiao.api.settings.Settings;
import qiao.api.storage.PluginStorage;

/** What the portal gives a plugin on every call: who it is, its settings, its storage, its texts and the portal. */
public interface PluginContext {

    String pluginId();

    /** The plugin's version, from its manifest. */
    String version();

    /** The settings as the admin set them now, checked against the plugin's schema. */
    Settings settings();

    PluginStorage storage();

    PluginMessages messages();

    /** The site's clock; tests of the portal move it. */
    Clock clock();

    /** A logger named after the plugin, writing to the portal's log. */
    System.Logger logger();

    Portal portal();
}
