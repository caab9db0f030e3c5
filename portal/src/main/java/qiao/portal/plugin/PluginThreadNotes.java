package qiao.portal.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import qiao.portal.community.ThreadNotes;
import qiao.portal.platform.ExpiringCache;

/**
 * Under a thread's question, the notes running plugins posted on it (the thread page only asks for readable threads).
 * Every view of a thread asks, and hardly any thread has a note: what a thread has is remembered for 10 s, so a new
 * note can take that long to show.
 */
@ApplicationScoped
class PluginThreadNotes implements ThreadNotes {

    private static final Duration REMEMBERED = Duration.ofSeconds(10);

    @Inject
    PluginHost host;

    @Inject
    PluginData data;

    @Inject
    Clock clock;

    private ExpiringCache<Long, Map<String, String>> notesByThread;

    @PostConstruct
    void remember() {
        notesByThread = new ExpiringCache<>(10_000, REMEMBERED, clock);
    }

    @Override
    public List<Note> notes(long threadId, boolean solved) {
        List<String> running = host.runningIds();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<String, String> notes = notesByThread.get(threadId, () -> data.valuesOf(PortalFacade.NOTE_PREFIX + threadId));
        return notes.entrySet().stream().filter(e -> running.contains(e.getKey()))
                .map(e -> new Note("plugin-note-" + e.getKey(), e.getValue(), "", "")).toList();
    }
}
