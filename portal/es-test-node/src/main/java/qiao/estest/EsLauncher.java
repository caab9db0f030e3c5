package qiao.estest;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.bootstrap.BootstrapInfo;
import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

/**
 * Starts a real Elasticsearch node from a home assembled out of Maven Central artifacts, doing what
 * Elastic's (unpublished) server CLI does: it builds the server arguments, starts
 * {@code org.elasticsearch.bootstrap.Elasticsearch} on the module path, hands it the arguments on its
 * standard input and keeps that open. Stopping this process (SIGTERM) stops the node cleanly.
 *
 * <p>Usage: {@code java -cp 'HOME/lib/*:HOME/launcher/*' qiao.estest.EsLauncher HOME DATA_DIR HTTP_PORT
 * TRANSPORT_PORT [HEAP]}; prints {@code READY} on its standard output once the node serves.
 */
public final class EsLauncher {

    private EsLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        Path data = Path.of(args[1]).toAbsolutePath().normalize();
        String httpPort = args[2];
        String transportPort = args[3];
        String heap = args.length > 4 ? args[4] : "384m";
        Path logs = data.resolve("logs");
        Path tmp = data.resolve("tmp");
        Files.createDirectories(logs);
        Files.createDirectories(tmp);
        Settings given = Settings.builder().put("path.home", home.toString()).put("path.data", data.resolve("nodes").toString())
                .put("path.logs", logs.toString()).put("http.port", httpPort).put("transport.port", transportPort).build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(given, Map.of(), home.resolve("config"), () -> "qiao-test");
        ServerArgs serverArgs = new ServerArgs(false, false, null, KeyStoreWrapper.create(), env.settings(), env.configDir(),
                env.logsDir());

        Path bridge;
        try (var jars = Files.list(home.resolve("lib/entitlement-bridge"))) {
            bridge = jars.findFirst().orElseThrow();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Des.networkaddress.cache.ttl=60", "-Des.networkaddress.cache.negative.ttl=10",
                "-Xss1m", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djna.nosys=true",
                "-XX:-OmitStackTraceInFastThrow", "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
                "-Dio.netty.recycler.maxCapacityPerThread=0", "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true",
                "-Dlog4j2.formatMsgNoLookups=true", "-Djava.locale.providers=CLDR",
                "-Dorg.apache.lucene.vectorization.upperJavaFeatureVersion=" + Runtime.version().feature(),
                "-Des.path.home=" + home, "-Des.distribution.type=tar", "-Des.java.type=system JDK",
                "--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core",
                "--enable-native-access=ALL-UNNAMED", "--illegal-native-access=deny",
                "-XX:+EnableDynamicAgentLoading", "-Djdk.attach.allowAttachSelf=true",
                "--patch-module=java.base=" + bridge,
                "--add-exports=java.base/org.elasticsearch.entitlement.bridge=org.elasticsearch.entitlement,java.logging,"
                        + "java.net.http,java.naming,jdk.net",
                "-XX:+UseG1GC", "-Djava.io.tmpdir=" + tmp, "--add-modules=jdk.incubator.vector",
                "-Dorg.apache.lucene.store.defaultReadAdvice=normal",
                "-Dorg.apache.lucene.store.MMapDirectory.sharedArenaMaxPermits=1",
                "-XX:+ExitOnOutOfMemoryError", "-Xms" + heap, "-Xmx" + heap,
                "--module-path", home.resolve("lib").toString(),
                "--add-modules=jdk.net", "--add-modules=ALL-MODULE-PATH",
                "-m", "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile());
        builder.environment().put("LIBFFI_TMPDIR", tmp.toString());
        builder.redirectOutput(logs.resolve("stdout.log").toFile());
        Process node = builder.start();
        OutputStream stdin = node.getOutputStream();
        var out = new OutputStreamStreamOutput(stdin);
        serverArgs.writeTo(out);
        out.flush();

        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (InputStream err = node.getErrorStream()) {
                int c;
                while ((c = err.read()) != -1) {
                    if (c == BootstrapInfo.SERVER_READY_MARKER) {
                        ready.countDown();
                        continue;
                    }
                    System.err.write(c);
                    if (c == '\n') {
                        System.err.flush();
                    }
                }
            } catch (Exception ended) {
                // the node is gone; its exit code tells the rest
            }
        }, "es-stderr");
        pump.setDaemon(true);
        pump.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stdin.write(BootstrapInfo.SERVER_SHUTDOWN_MARKER);
                stdin.flush();
            } catch (Exception alreadyGone) {
                // nothing to stop
            }
            try {
                if (!node.waitFor(30, TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.destroyForcibly();
            }
        }));
        while (ready.getCount() > 0 && node.isAlive()) {
            ready.await(200, TimeUnit.MILLISECONDS);
        }
        if (ready.getCount() == 0) {
            System.out.println("READY");
            System.out.flush();
        }
        int exit = node.waitFor();
        pump.join(2000);
        System.exit(exit);
    }
}
