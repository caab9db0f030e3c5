package qiao.example;

import qiao.api.plugin.PluginContext;

/** The replies heard: a document per thread, {@code {"replies": 3, "lastPostId": 42}}. */
final class Replies {

    private Replies() {
    }

    static final String PREFIX = "replies/";

    static long of(PluginContext context, long threadId) {
        return context.storage().document(PREFIX + threadId).map(thread -> (Long) thread.get("replies")).orElse(0L);
    }

    static long total(PluginContext context) {
        // documents() is bounded; a real plugin with many threads would keep a running total instead
        return context.storage().documents(PREFIX, 1000).values().stream().mapToLong(thread -> (Long) thread.get("replies")).sum();
    }
}
