package qiao.portal.plugin;

import java.time.Instant;
import java.util.Map;

/**
 * A plugin as the database knows it: what is installed, whether an admin wants it running, its settings, and how it
 * has been failing. {@code generation} grows with every change; nodes compare it with what they run.
 */
record PluginRow(String id, String version, String requires, String description, boolean bundled, String fileName,
        String sha256, boolean enabled, Map<String, String> settings, int failures, String lastError, Instant lastErrorAt,
        String disabledReason, long generation) {

    PluginRow {
        settings = Map.copyOf(settings);
    }
}
