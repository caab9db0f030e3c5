package qiao.portal.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes the counts kept in memory when the application stops (SIGTERM, liberty:stop): early in the
 * stop, while the database is still there. Later, when beans are destroyed, it may be gone.
 */
@WebListener
class DeferredCountsShutdown implements ServletContextListener {

    @Inject
    Instance<DeferredCounts> counts;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        counts.forEach(DeferredCounts::flush);
    }
}
