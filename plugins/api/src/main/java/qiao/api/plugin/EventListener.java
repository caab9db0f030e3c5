package qiao.api.plugin;

import java.util.Set;
import org.pf4j.ExtensionPoint;
import qiao.api.event.PortalEvent;

/**
 * Hears the portal's events ({@link qiao.api.event}) after the change committed. Each event a listener asks for is
 * kept for it in the database before the change commits, and delivered at least once, in the order of the changes,
 * on one node of the cluster, even across a crash or a restart. A call that throws (or runs past its time box) is
 * tried again after 1, 2, 4 … 60 s, at most {@value #ATTEMPTS} times; then the event is parked, shown to admins,
 * and the next is delivered. Because an event can come twice, make {@link #on} idempotent (storage's
 * {@code putIfAbsent} helps).
 */
public interface EventListener extends ExtensionPoint {

    int ATTEMPTS = 8;

    /** The kinds of event wanted: records such as {@code PostPublished.class}, or interfaces such as {@code ThreadEvent.class}. */
    Set<Class<? extends PortalEvent>> events();

    void on(PortalEvent event, PluginContext context) throws Exception;
}
