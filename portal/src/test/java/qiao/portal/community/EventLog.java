package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import qiao.api.event.PortalEvent;

/** Deployed with {@link PortalEventsIT} only: every event the portal told after its write committed. */
@ApplicationScoped
public class EventLog {

    private final List<PortalEvent> committed = new ArrayList<>();

    synchronized void told(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortalEvent event) {
        committed.add(event);
    }

    /** The events told since the last call. */
    public synchronized List<PortalEvent> drain() {
        List<PortalEvent> told = List.copyOf(committed);
        committed.clear();
        return told;
    }
}
