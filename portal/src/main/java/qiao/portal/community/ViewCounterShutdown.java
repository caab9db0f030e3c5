package qiao.portal.community;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes the views counted in memory when the application stops (SIGTERM, liberty:stop): early in the
 * stop, while the database is still there. Later, when beans are destroyed, it may be gone.
 */
@WebListener
class ViewCounterShutdown implements ServletContextListener {

    @Inject
    ViewCounter views;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        views.flush();
    }
}
