package qiao.example;

import qiao.api.plugin.PluginContext;

/** The replies heard in all threads. */
final class Replies {

    private Replies() {
    }

    static long total(PluginContext context) {
        // list() is bounded; a real plugin with many threads would keep a running total instead
        return context.storage().list("replies/", 1000).values().stream().mapToLong(Long::parseLong).sum();
    }
}
