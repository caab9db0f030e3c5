package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Keeps a plugin's failures where admins see them, and disables one that keeps failing, at once and with a notice. */
@ApplicationScoped
class PluginFailures {

    private static final Logger LOG = Logger.getLogger(PluginFailures.class.getName());

    @Inject
    PluginRecords records;

    @Inject
    PluginHost host;

    @Inject
    AdminNotices notices;

    void record(String pluginId, String error, boolean keepsFailing) {
        try {
            records.failed(pluginId, error);
            if (keepsFailing) {
                String reason = PluginCalls.FAILURES_BEFORE_DISABLE + " failures in a row, the last: " + error;
                if (records.autoDisable(pluginId, reason)) {
                    LOG.warning(() -> "Disabled plugin " + pluginId + ": " + reason);
                    notices.pluginDisabled(pluginId, reason);
                }
                host.stopNow(pluginId);
            }
        } catch (RuntimeException databaseTrouble) {
            LOG.warning(() -> "Could not record a failure of plugin " + pluginId + ": " + databaseTrouble);
        }
    }
}
