package qiao.portal.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import qiao.api.settings.Setting;

/**
 * A plugin as admins see it (the admin API's JSON); {@code state} is started, disabled, failed or incompatible (on this node).
 */
public record PluginStatus(String id, String version, String description, boolean bundled, String state, String sdk, String lastError,
        Instant lastErrorAt, int failures, String disabledReason, List<Setting> schema, Map<String, String> settings,
        long parkedEvents) {
}
