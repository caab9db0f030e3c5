package qiao.troublemaker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pf4j.Extension;
import qiao.api.plugin.Lifecycle;
import qiao.api.plugin.PluginContext;
import qiao.api.settings.SettingsSchema;

/**
 * The setting {@code mode} and what each mode does to every call of every extension of this plugin. For the portal's
 * integration tests only: it checks that a plugin which throws, hangs, spins or eats memory cannot take the site down.
 */
@Extension
public class Trouble implements Lifecycle {

    static final String MODE = "mode";
    private static final int CHUNK = 16 << 20;
    private static final long ENOUGH = 2L << 30;

    @Override
    public SettingsSchema settingsSchema() {
        return SettingsSchema.builder().choice(MODE, "none", List.of("none", "throw", "hang", "spin", "allocate",
                "failing-listener", "flaky-listener")).build();
    }

    /** Misbehaves as the mode says, or does the call's normal work. */
    static <T> T make(PluginContext context, Callable<T> normal) throws Exception {
        switch (context.settings().text(MODE)) {
            case "throw" -> throw new IllegalStateException("troublemaker: thrown on purpose");
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "spin" -> {
                while (!Thread.currentThread().isInterrupted()) {
                    // on purpose: only an interrupt ends it
                }
            }
            case "allocate" -> {
                List<byte[]> kept = new ArrayList<>();
                for (long held = 0; held < ENOUGH && !Thread.interrupted(); held += CHUNK) {
                    kept.add(new byte[CHUNK]);
                }
                context.logger().log(System.Logger.Level.INFO, "troublemaker: held " + kept.size() * 16 + " MB");
            }
            default -> {
            }
        }
        return normal.call();
    }
}
