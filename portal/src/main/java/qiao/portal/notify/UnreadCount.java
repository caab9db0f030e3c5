package qiao.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import qiao.portal.web.PageGlobals;

/**
 * Puts the signed-in person's unread notification count into every page (as "unread"), counted up
 * to {@link #SHOWN_UP_TO}; pages show that many as "99+".
 */
@RequestScoped
public class UnreadCount implements PageGlobals {

    static final int SHOWN_UP_TO = 100;

    @Inject
    NotificationService notifications;

    @Override
    public Map<String, Object> globals() {
        return Map.of("unread", notifications.unreadUpTo(SHOWN_UP_TO));
    }
}
