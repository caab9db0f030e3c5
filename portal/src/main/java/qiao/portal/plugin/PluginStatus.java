package qiao.portal.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import qiao.api.settings.Setting;

/**
 * A plugin as admins see it (the admin API's JSON); {@code state} is started, disabled, failed or incompatible (on this
 * node), and {@code jobs} are those of a started plugin.
 */
public record PluginStatus(String id, String version, String description, boolean bundled, String state, String sdk, String lastError,
        Instant lastErrorAt, int failures, String disabledReason, List<Setting> schema, Map<String, String> settings,
        long parkedEvents, List<Job> jobs) {

    /** An event its listeners failed to take after every attempt, kept until an admin retries or discards it. */
    public record ParkedEvent(long id, String type, String payload, Instant createdAt, int attempts, Instant parkedAt, String lastError) {
    }

    /** A scheduled job: its schedule ({@code every PT5M}, {@code cron 30 3 * * * Asia/Shanghai}) and its times. */
    public record Job(String name, String schedule, Instant nextRunAt, Instant lastRunAt, String lastError) {
    }
}
