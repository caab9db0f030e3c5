package qiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Qiao as an operator runs it: the WAR the build made, in a Liberty server process of its own
 * ("qiao-fault"), on the database given. Unlike the Arquillian server, it can be killed (SIGKILL),
 * stopped (SIGTERM) and started again, or have its database taken away, while the test watches.
 */
public final class QiaoProcess implements AutoCloseable {

    private static final Path WLP = Path.of("target/liberty/wlp");
    private static final String SERVER = "qiao-fault";
    private static final AtomicInteger STARTS = new AtomicInteger();

    private final Map<String, String> database;
    private final int port;
    private final String server;
    private final Map<String, String> settings = new java.util.HashMap<>();
    private Process process;
    private Path log;

    /**
     * @param database QIAO_DB_URL and, for PostgreSQL, QIAO_DB_USER and QIAO_DB_PASSWORD
     */
    public QiaoProcess(Map<String, String> database, int port) {
        this(database, port, SERVER);
    }

    /**
     * Another node of a cluster: a Liberty server of its own ({@code server}, made like "qiao-fault"), so that two
     * processes share neither logs nor work areas, on the same database.
     */
    public QiaoProcess(Map<String, String> database, int port, String server) {
        this.database = database;
        this.port = port;
        this.server = server;
    }

    /** Another setting for the next start (QIAO_… environment variable). */
    public QiaoProcess with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the server and waits until it is ready (two minutes at most). */
    public QiaoProcess start() {
        try {
            Path directory = prepared(server);
            Files.copy(Path.of("target/qiao.war"), directory.resolve("dropins/qiao.war"), StandardCopyOption.REPLACE_EXISTING);
            log = Path.of("target", server + "-" + STARTS.incrementAndGet() + ".log");
            ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toAbsolutePath().toString(), "run", server)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("QIAO_HTTP_PORT", String.valueOf(port));
            env.put("QIAO_HTTPS_PORT", String.valueOf(port + 363));
            env.put("QIAO_ADMIN_PASSWORD", WebClient.ADMIN_PASSWORD);
            env.put("QIAO_BACKUP_EVERY", "off");
            env.putAll(database);
            env.putAll(settings);
            process = builder.start();
            awaitReady(Duration.ofMinutes(2), log);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server's folder; a new one gets what "qiao-fault" was made with (configuration, JDBC drivers), but none of
     * its applications, logs or work area. The features are Liberty's, shared.
     */
    private static Path prepared(String server) throws IOException {
        Path servers = WLP.resolve("usr/servers");
        Path directory = servers.resolve(server);
        if (!Files.exists(directory)) {
            Path model = servers.resolve(SERVER);
            Set<String> own = Set.of("dropins", "apps", "logs", "workarea", "plugins");
            try (Stream<Path> files = Files.walk(model)) {
                for (Path file : files.toList()) {
                    Path relative = model.relativize(file);
                    if (relative.getNameCount() > 0 && own.contains(relative.getName(0).toString())) {
                        continue;
                    }
                    Path copy = directory.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        }
        Files.createDirectories(directory.resolve("dropins"));
        return directory;
    }

    private void awaitReady(Duration within, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Qiao stopped while starting; see " + log + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(base().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Qiao was not ready within " + within + "; see " + log);
    }

    /** What the server wrote to its console since it was last started. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the server's JVM at once (SIGKILL): no shutdown hook runs, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        await();
    }

    /** Stops the server as SIGTERM does: it finishes what it was doing, then exits. */
    public void stop() {
        process.destroy();
        await();
    }

    private void await() {
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
