package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import qiao.api.settings.InvalidSettings;
import qiao.api.settings.Setting;
import qiao.api.settings.Settings;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Role;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;

/** What admins do with plugins, each checked here: list, install or upgrade, enable, disable, settings, uninstall. */
@ApplicationScoped
class PluginAdmin {

    @Inject
    Caller caller;

    @Inject
    PluginRecords records;

    @Inject
    PluginHost host;

    @Inject
    PluginEventQueue events;

    @Inject
    PluginJobs jobs;

    @Inject
    PluginEventDelivery delivery;

    static final int PARKED_SHOWN = 100;

    List<PluginStatus> list() {
        caller.require(Role.ADMIN);
        return records.all().stream().map(this::status).toList();
    }

    PluginStatus get(String id) {
        caller.require(Role.ADMIN);
        return status(row(id));
    }

    /** Refuses anyone but an admin before an upload (up to 64 MB) is read. */
    void mayInstall() {
        caller.require(Role.ADMIN);
    }

    /** Installs a new plugin or upgrades one (a file whose id is installed); it starts at once if it is enabled. */
    PluginStatus install(byte[] content) {
        caller.require(Role.ADMIN);
        PluginFile file;
        try {
            file = PluginFile.read(content);
        } catch (PluginFile.InvalidPlugin e) {
            throw InvalidInput.of("file", e.messageKey());
        }
        records.install(file, content);
        host.refresh();
        return status(row(file.id()));
    }

    PluginStatus enable(String id, boolean enabled) {
        caller.require(Role.ADMIN);
        if (!records.enable(id, enabled)) {
            throw Refusal.notFound();
        }
        host.refresh();
        return status(row(id));
    }

    /** Saves settings after the plugin's schema checked every value; the plugin reads them at once on every node. */
    PluginStatus settings(String id, Map<String, String> changes) {
        caller.require(Role.ADMIN);
        PluginRow row = row(id);
        LoadedPlugin plugin = host.running(id).orElseThrow(() -> Refusal.conflict("plugins.settings.notRunning", id));
        Settings changed;
        try {
            changed = plugin.schema.change(plugin.schema.of(row.settings()), changes);
        } catch (InvalidSettings invalid) {
            FieldErrors errors = new FieldErrors();
            invalid.problems().forEach((key, problem) -> errors.add(key, problem.messageKey(), problem.args().toArray()));
            throw new InvalidInput(errors);
        }
        records.saveSettings(id, changed.all());
        host.refresh();
        return status(row(id));
    }

    /** The plugin's parked events, oldest first (at most {@value #PARKED_SHOWN}). */
    List<PluginStatus.ParkedEvent> parked(String id) {
        caller.require(Role.ADMIN);
        row(id);
        return events.parkedEvents(id, PARKED_SHOWN);
    }

    /** Gives the plugin's parked events to its listeners again, oldest first; returns how many. */
    int retryParked(String id) {
        caller.require(Role.ADMIN);
        row(id);
        int retried = events.retryParked(id);
        delivery.wake();
        return retried;
    }

    /** Drops the plugin's parked events; returns how many. */
    int discardParked(String id) {
        caller.require(Role.ADMIN);
        row(id);
        return events.discardParked(id);
    }

    void uninstall(String id, boolean deleteData) {
        caller.require(Role.ADMIN);
        if (!records.delete(id, deleteData)) {
            throw Refusal.notFound();
        }
        host.refresh();
    }

    private PluginRow row(String id) {
        return records.find(id).orElseThrow(Refusal::notFound);
    }

    private PluginStatus status(PluginRow row) {
        var plugin = host.running(row.id());
        var problem = host.problem(row.id());
        String state = plugin.isPresent() ? "started" : !row.enabled() ? "disabled" : problem.map(PluginHost.Problem::state).orElse("failed");
        String lastError = problem.map(PluginHost.Problem::message).orElse(row.lastError());
        return new PluginStatus(row.id(), row.version(), row.description(), row.bundled(), state, row.requires(), lastError, row.lastErrorAt(),
                row.failures(), row.disabledReason(), plugin.map(p -> p.schema.settings()).orElse(List.of()),
                plugin.map(p -> p.settings().all()).orElse(row.settings()), events.parked(row.id()),
                plugin.map(jobs::of).orElse(List.of()));
    }
}
