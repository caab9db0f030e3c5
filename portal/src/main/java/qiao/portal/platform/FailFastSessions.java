package qiao.portal.platform;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When the database is gone, EclipseLink by default retries a failed read three times, five
 * seconds apart, while the request waits. Qiao answers at once instead (a 503 that says to try
 * again shortly), and the connection pool finds the database again by itself once it is back.
 */
public class FailFastSessions implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
