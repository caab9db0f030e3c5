package qiao.portal.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pf4j.PluginWrapper;
import org.pf4j.util.FileUtils;
import qiao.api.Sdk;
import qiao.api.plugin.EventListener;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PageSlot;
import qiao.api.plugin.ScheduledJob;
import qiao.api.web.Route;
import qiao.portal.community.ThreadAccess;
import qiao.portal.community.ThreadSnapshots;
import qiao.portal.identity.AccountViews;
import qiao.portal.notify.PluginNotices;
import qiao.portal.platform.SchemaReady;
import qiao.portal.platform.SiteConfig;
import qiao.portal.web.Themes;

/**
 * The plugins running on this node, kept as the database says: every {@value #POLL_MILLIS} ms (and at once after an
 * admin's change here) the host compares each plugin's generation with the one it runs, and starts, stops, upgrades
 * or re-reads settings to match. Bundled plugins come with the site ({@code WEB-INF/classes/bundled-plugins}); files an operator puts
 * in {@code QIAO_PLUGINS_DIR} are installed at start (and renamed {@code *.installed}); uploads come through the admin
 * API and are kept in the database, so every node loads the same bytes.
 */
@ApplicationScoped
class PluginHost {

    static final long POLL_MILLIS = 2_000;
    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());
    private static final Duration LIFECYCLE_TIME_BOX = Duration.ofSeconds(10);
    private static final int THREADS_PER_PLUGIN = 4;
    private static final String BUNDLED = "/WEB-INF/classes/bundled-plugins/";

    @Inject
    PluginRecords records;

    @Inject
    PluginCalls calls;

    @Inject
    PluginData data;

    @Inject
    ThreadSnapshots threads;

    @Inject
    AccountViews accounts;

    @Inject
    ThreadAccess access;

    @Inject
    PluginNotices notices;

    @Inject
    SiteConfig config;

    @Inject
    Themes themes;

    @Inject
    Clock clock;


    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threadFactory;

    private final Map<String, LoadedPlugin> running = new ConcurrentHashMap<>();
    /** Why an enabled plugin does not run here: {@code incompatible} or {@code failed}, and the message. */
    private final Map<String, Problem> problems = new ConcurrentHashMap<>();
    private final Map<String, Long> applied = new HashMap<>();
    private final Map<String, String> bundledPaths = new HashMap<>();
    private ServletContext servletContext;
    private QiaoPluginManager manager;
    private Path work;
    private ScheduledFuture<?> polling;

    record Problem(String state, String message) {
    }

    void start(@Observes SchemaReady ready) {
        servletContext = ready.application();
        work = config.pluginsDir().resolve(".work");
        try {
            if (Files.exists(work)) {
                FileUtils.delete(work);
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the plugins' work folder " + work, e);
        }
        manager = new QiaoPluginManager(work);
        offerBundled();
        installDropped();
        polling = scheduler.scheduleWithFixedDelay(this::refresh, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopAll() {
        if (polling != null) {
            polling.cancel(false);
        }
        synchronized (this) {
            new ArrayList<>(running.keySet()).forEach(this::stop);
        }
    }

    List<LoadedPlugin> running() {
        return List.copyOf(running.values());
    }

    List<String> runningIds() {
        return List.copyOf(running.keySet());
    }

    Optional<LoadedPlugin> running(String id) {
        return Optional.ofNullable(running.get(id));
    }

    Optional<Problem> problem(String id) {
        return Optional.ofNullable(problems.get(id));
    }

    /** Brings this node in line with the database now. */
    synchronized void refresh() {
        if (manager == null) {
            return;
        }
        try {
            Map<String, Long> generations = records.generations();
            for (String id : List.copyOf(applied.keySet())) {
                if (!generations.containsKey(id)) {
                    stop(id);
                    applied.remove(id);
                    problems.remove(id);
                }
            }
            generations.forEach((id, generation) -> {
                if (!generation.equals(applied.get(id))) {
                    records.find(id).ifPresent(this::apply);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not bring the plugins in line with the database", e);
        }
    }

    /** Stops a plugin here at once (it was disabled for failing); the next refresh reads its row again. */
    synchronized void stopNow(String id) {
        stop(id);
        applied.remove(id);
    }

    private void apply(PluginRow row) {
        applied.put(row.id(), row.generation());
        LoadedPlugin current = running.get(row.id());
        if (!row.enabled()) {
            stop(row.id());
            problems.remove(row.id());
            return;
        }
        if (current != null && current.sha256.equals(row.sha256())) {
            current.settings(row.settings(), row.generation());
            return;
        }
        stop(row.id());
        problems.remove(row.id());
        try {
            load(row);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Plugin " + row.id() + " could not start", e);
            problems.put(row.id(), new Problem("failed", e.getClass().getSimpleName() + ": " + e.getMessage()));
            unload(row.id());
        }
    }

    private void load(PluginRow row) throws IOException {
        if (!manager.getVersionManager().checkVersionConstraint(Sdk.VERSION, row.requires())) {
            problems.put(row.id(), new Problem("incompatible", "needs SDK " + row.requires() + "; this portal has SDK " + Sdk.VERSION));
            return;
        }
        Path path = materialise(row);
        String id = manager.loadPlugin(path);
        if (!id.equals(row.id())) {
            unload(id);
            throw new IllegalStateException("the file holds plugin " + id + ", not " + row.id());
        }
        PluginWrapper wrapper = manager.getPlugin(id);
        manager.startPlugin(id);
        List<Lifecycle> lifecycles = manager.getExtensions(Lifecycle.class, id);
        Lifecycle lifecycle = lifecycles.isEmpty() ? null : lifecycles.get(0);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, THREADS_PER_PLUGIN, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threadFactory);
        LoadedPlugin.Description description;
        Future<LoadedPlugin.Description> describing = pool.submit(() -> LoadedPlugin.describe(lifecycle,
                manager.getExtensions(EventListener.class, id), manager.getExtensions(PageSlot.class, id),
                manager.getExtensions(Route.class, id), manager.getExtensions(ScheduledJob.class, id)));
        try {
            description = describing.get(LIFECYCLE_TIME_BOX.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            describing.cancel(true);
            pool.shutdownNow();
            unload(id);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            problems.put(id, new Problem("failed", "describing its extensions: " + cause));
            return;
        }
        LoadedPlugin plugin = new LoadedPlugin(id, row.version(), row.sha256(), wrapper.getPluginClassLoader(), lifecycle, description,
                pool);
        plugin.settings(row.settings(), row.generation());
        plugin.context = new HostedContext(plugin, new StoredRecords(data, id, null), new PluginBundles(plugin.loader), clock,
                System.getLogger("qiao.plugin." + id), new PortalFacade(id, threads, accounts, access, notices, data));
        if (plugin.lifecycle != null) {
            try {
                calls.call(plugin, "start", LIFECYCLE_TIME_BOX, () -> {
                    plugin.lifecycle.start(plugin.context);
                    return null;
                });
            } catch (PluginCallFailed e) {
                pool.shutdown();
                plugin.busy.forEach(Interrupts::interrupt);
                unload(id);
                problems.put(id, new Problem("failed", e.getMessage()));
                return;
            }
        }
        running.put(id, plugin);
        LOG.info(() -> "Started plugin " + id + " " + row.version() + " (" + plugin.listening.size() + " listeners, " + plugin.scheduled.size()
                + " jobs, " + plugin.filling.size() + " slots, " + plugin.answering.size() + " routes)");
    }

    private void stop(String id) {
        LoadedPlugin plugin = running.remove(id);
        if (plugin == null) {
            return;
        }
        if (plugin.lifecycle != null) {
            try {
                calls.call(plugin, "stop", Duration.ofSeconds(2), () -> {
                    plugin.lifecycle.stop(plugin.context);
                    return null;
                });
            } catch (PluginCallFailed alreadyCounted) {
                // stopping goes on
            }
        }
        plugin.threads.shutdown();
        plugin.busy.forEach(Interrupts::interrupt);
        themes.forget(new PluginTemplates(plugin).name());
        unload(id);
        LOG.info(() -> "Stopped plugin " + id + " " + plugin.version);
    }

    private void unload(String id) {
        try {
            if (manager.getPlugin(id) != null) {
                manager.unloadPlugin(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Unloading plugin " + id, e);
        }
    }

    /** This node's copy of the plugin's file: a jar as it is, a zip unpacked (PF4J's layout of classes/ and lib/). */
    private Path materialise(PluginRow row) throws IOException {
        String name = row.id() + "-" + row.sha256().substring(0, 16);
        boolean zip = row.fileName().endsWith(".zip");
        Path file = work.resolve(name + (zip ? ".zip" : ".jar"));
        if (!Files.exists(file)) {
            byte[] content = row.bundled() ? bundledContent(row.id())
                    : records.file(row.id()).orElseThrow(() -> new IllegalStateException("no file stored for plugin " + row.id()));
            Path partial = Files.createTempFile(work, name, ".part");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return zip ? FileUtils.expandIfZip(file) : file;
    }

    private byte[] bundledContent(String id) throws IOException {
        String resource = bundledPaths.get(id);
        if (resource == null) {
            throw new IllegalStateException("plugin " + id + " is not bundled with this build");
        }
        try (InputStream in = servletContext.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private void offerBundled() {
        var resources = servletContext.getResourcePaths(BUNDLED);
        if (resources == null) {
            return;
        }
        for (String resource : resources.stream().sorted().toList()) {
            try (InputStream in = servletContext.getResourceAsStream(resource)) {
                PluginFile file = PluginFile.read(in.readAllBytes());
                bundledPaths.put(file.id(), resource);
                if (records.offerBundled(file, config.startsBundledPlugin(file.id()))) {
                    LOG.info(() -> "Bundled plugin " + file.id() + " " + file.version() + " recorded");
                }
            } catch (IOException | PluginFile.InvalidPlugin | RuntimeException e) {
                LOG.log(Level.WARNING, "Bundled plugin " + resource + " skipped", e);
            }
        }
    }

    private void installDropped() {
        Path dir = config.pluginsDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".zip"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                try {
                    byte[] content = Files.readAllBytes(file);
                    PluginFile plugin = PluginFile.read(content);
                    records.install(plugin, content);
                    Files.move(file, file.resolveSibling(file.getFileName() + ".installed"), StandardCopyOption.REPLACE_EXISTING);
                    LOG.info(() -> "Installed plugin " + plugin.id() + " " + plugin.version() + " from " + file);
                } catch (IOException | PluginFile.InvalidPlugin | RuntimeException e) {
                    LOG.log(Level.WARNING, "Plugin file " + file + " skipped", e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the plugins folder " + dir, e);
        }
    }
}
