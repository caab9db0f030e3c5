package qiao.portal.plugin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import qiao.api.event.PortalEvent;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.Schedule;
import qiao.api.plugin.ScheduledJob;
import qiao.api.settings.Settings;
import qiao.api.settings.SettingsSchema;
import qiao.api.web.Route;

/**
 * A plugin running on this node: its extensions as they described themselves once, when it started (so no page,
 * write or job ever calls a plugin just to ask what it is), its context, and the few threads its calls run on (so a
 * plugin that hangs uses up its own threads, never the portal's).
 */
final class LoadedPlugin {

    /** A listener and the kinds of event it wants. */
    record Listening(EventListener listener, Set<Class<? extends PortalEvent>> events) {
        boolean wants(Class<?> type) {
            return events.stream().anyMatch(wanted -> wanted.isAssignableFrom(type));
        }
    }

    /** A page slot and the places it fills. */
    record Filling(PageSlot slot, Set<String> places) {
    }

    /** A route with its method, path and access rule. */
    record Answering(Route route, String method, String path, Route.Access access) {
    }

    /** A job with its name and schedule. */
    record Scheduled(ScheduledJob job, String name, Schedule schedule) {
        Scheduled {
            if (schedule == null) {
                throw new IllegalStateException("the job " + name + " has no schedule");
            }
        }
    }

    /** What the plugin says it has, asked once. */
    record Description(SettingsSchema schema, List<Listening> listening, List<Filling> filling, List<Answering> answering,
            List<Scheduled> scheduled) {
    }

    final String id;
    final String version;
    final String sha256;
    final ClassLoader loader;
    final Lifecycle lifecycle;
    final ExecutorService threads;
    final AtomicInteger failuresInARow = new AtomicInteger();
    /** The plugin's threads now in a call, which stopping the plugin interrupts. */
    final Set<Thread> busy = ConcurrentHashMap.newKeySet();
    final SettingsSchema schema;
    final List<Listening> listening;
    final List<Filling> filling;
    final List<Answering> answering;
    final List<Scheduled> scheduled;
    HostedContext context;
    private volatile Settings settings;
    /** The generation of the plugin's row this node runs (its file and its settings); see {@link PluginJobs}. */
    private volatile long generation;

    LoadedPlugin(String id, String version, String sha256, ClassLoader loader, Lifecycle lifecycle, Description description,
            ExecutorService threads) {
        this.id = id;
        this.version = version;
        this.sha256 = sha256;
        this.loader = loader;
        this.lifecycle = lifecycle;
        this.schema = description.schema();
        this.listening = List.copyOf(description.listening());
        this.filling = List.copyOf(description.filling());
        this.answering = List.copyOf(description.answering());
        this.scheduled = List.copyOf(description.scheduled());
        this.threads = threads;
    }

    /** Asks each extension what it is: plugin code, so the host runs it on the plugin's threads within a time box. */
    static Description describe(Lifecycle lifecycle, List<EventListener> listeners, List<PageSlot> slots, List<Route> routes,
            List<ScheduledJob> jobs) {
        return new Description(lifecycle == null ? SettingsSchema.builder().build() : lifecycle.settingsSchema(),
                listeners.stream().map(l -> new Listening(l, Set.copyOf(l.events()))).toList(),
                slots.stream().map(s -> new Filling(s, Set.copyOf(s.slots()))).toList(),
                routes.stream().map(r -> new Answering(r, r.method(), r.path(), r.access())).toList(),
                jobs.stream().map(j -> new Scheduled(j, j.name(), j.schedule())).toList());
    }

    boolean wants(Class<?> eventType) {
        return listening.stream().anyMatch(l -> l.wants(eventType));
    }

    Settings settings() {
        return settings;
    }

    long generation() {
        return generation;
    }

    /** Runs the row's settings from now on, and says which generation of the row that is. */
    void settings(Map<String, String> stored, long generation) {
        settings = schema.of(stored);
        this.generation = generation;
    }
}
