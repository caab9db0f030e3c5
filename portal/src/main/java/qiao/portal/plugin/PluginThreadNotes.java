package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import qiao.portal.community.ThreadNotes;

/** Under a thread's question, the notes running plugins posted on it (the thread page only asks for readable threads). */
@ApplicationScoped
class PluginThreadNotes implements ThreadNotes {

    @Inject
    PluginHost host;

    @Inject
    PluginData data;

    @Override
    public List<Note> notes(long threadId, boolean solved) {
        List<String> running = host.runningIds();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<String, String> notes = data.valuesOf(running, PortalFacade.NOTE_PREFIX + threadId);
        return notes.entrySet().stream().map(e -> new Note("plugin-note-" + e.getKey(), e.getValue(), "", "")).toList();
    }
}
