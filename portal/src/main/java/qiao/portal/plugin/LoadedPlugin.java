package qiao.portal.plugin;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.ScheduledJob;
import qiao.api.settings.Settings;
import qiao.api.settings.SettingsSchema;
import qiao.api.web.Route;

/**
 * A plugin running on this node: its extensions, found once when it started, its context, and the few threads its
 * calls run on (so a plugin that hangs uses up its own threads, never the portal's).
 */
final class LoadedPlugin {

    final String id;
    final String version;
    final String sha256;
    final ClassLoader loader;
    final Lifecycle lifecycle;
    final SettingsSchema schema;
    final List<EventListener> listeners;
    final List<ScheduledJob> jobs;
    final List<PageSlot> slots;
    final List<Route> routes;
    final ExecutorService threads;
    final AtomicInteger failuresInARow = new AtomicInteger();
    /** The plugin's threads now in a call, which stopping the plugin interrupts. */
    final java.util.Set<Thread> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();
    HostedContext context;
    private volatile Settings settings;

    LoadedPlugin(String id, String version, String sha256, ClassLoader loader, Lifecycle lifecycle, List<EventListener> listeners,
            List<ScheduledJob> jobs, List<PageSlot> slots, List<Route> routes, ExecutorService threads) {
        this.id = id;
        this.version = version;
        this.sha256 = sha256;
        this.loader = loader;
        this.lifecycle = lifecycle;
        this.schema = lifecycle == null ? SettingsSchema.builder().build() : lifecycle.settingsSchema();
        this.listeners = List.copyOf(listeners);
        this.jobs = List.copyOf(jobs);
        this.slots = List.copyOf(slots);
        this.routes = List.copyOf(routes);
        this.threads = threads;
    }

    Settings settings() {
        return settings;
    }

    void settings(java.util.Map<String, String> stored) {
        settings = schema.of(stored);
    }
}
