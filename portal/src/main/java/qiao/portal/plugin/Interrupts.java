package qiao.portal.plugin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Interrupting a plugin's thread that is inside the portal's own code (a storage write, a notification) could break
 * that work half-way: an interrupt during H2's file I/O closes the database. So while a plugin thread runs portal
 * code on the plugin's behalf it is shielded: an interrupt then is held back and delivered when it leaves.
 */
final class Interrupts {

    private static final Map<Thread, State> STATES = new ConcurrentHashMap<>();

    private static final class State {
        int depth;
        boolean pending;
    }

    private Interrupts() {
    }

    /** Interrupts a plugin's thread now, or as soon as it leaves portal code. */
    static void interrupt(Thread thread) {
        State state = STATES.get(thread);
        if (state == null) {
            thread.interrupt();
            return;
        }
        synchronized (state) {
            if (state.depth > 0) {
                state.pending = true;
            } else {
                thread.interrupt();
            }
        }
    }

    /** Runs portal code for a plugin without letting an interrupt reach it. */
    static <T> T shielded(Supplier<T> work) {
        Thread me = Thread.currentThread();
        State state = STATES.computeIfAbsent(me, t -> new State());
        synchronized (state) {
            state.depth++;
            state.pending |= Thread.interrupted();
        }
        try {
            return work.get();
        } finally {
            synchronized (state) {
                state.depth--;
                if (state.depth == 0) {
                    STATES.remove(me);
                    if (state.pending) {
                        me.interrupt();
                    }
                }
            }
        }
    }

    static void shielded(Runnable work) {
        shielded(() -> {
            work.run();
            return null;
        });
    }
}
