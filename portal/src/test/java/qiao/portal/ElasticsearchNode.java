package qiao.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Elasticsearch 9.5.3 node on loopback, from the home the build assembled out of Maven Central
 * artifacts (portal/es-test-node). One node serves a whole test run ({@link #shared()}); it is stopped
 * when the test JVM ends. A test may stop it and start it again (same data), as an outage would.
 */
public final class ElasticsearchNode {

    private static final Path HOME = Path.of(System.getProperty("qiao.es.home", "es-test-node/target/es-home"));
    private static final int HTTP_PORT = Integer.getInteger("qiao.es.port", 19200);
    private static ElasticsearchNode shared;

    private final Path data = Path.of("target/es-node");
    private Process process;

    private ElasticsearchNode() {
    }

    /** The node of this test run, started on first use (about ten seconds). */
    public static synchronized ElasticsearchNode shared() {
        if (shared == null) {
            shared = new ElasticsearchNode();
            shared.deleteData();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-elasticsearch"));
        }
        shared.start();
        return shared;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + HTTP_PORT);
    }

    /** Starts the node if it is not running, and waits until it answers (two minutes at most). */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isDirectory(HOME.resolve("lib"))) {
            throw new IllegalStateException("No Elasticsearch home at " + HOME.toAbsolutePath()
                    + "; the build assembles it (portal/es-test-node) before the integration tests");
        }
        try {
            Files.createDirectories(data);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", HOME.resolve("lib") + "/*:" + HOME.resolve("launcher") + "/*",
                    "qiao.estest.EsLauncher", HOME.toAbsolutePath().toString(), data.toAbsolutePath().toString(),
                    String.valueOf(HTTP_PORT), String.valueOf(HTTP_PORT + 100), "384m")
                    .redirectErrorStream(true).redirectOutput(data.resolve("launcher.log").toFile()).start();
            awaitAnswer(Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the node as an operator would (SIGTERM); it keeps its data for the next start. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAnswer(Duration within) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch stopped while starting:\n"
                        + Files.readString(data.resolve("launcher.log")));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(url().resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Elasticsearch did not answer within " + within + "; see " + data.resolve("launcher.log"));
    }

    private void deleteData() {
        try (var paths = Files.exists(data) ? Files.walk(data) : java.util.stream.Stream.<Path>empty()) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
