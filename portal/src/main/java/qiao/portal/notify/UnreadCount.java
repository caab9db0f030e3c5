package qiao.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import qiao.portal.web.PageGlobals;

/**
 * Puts the signed-in person's unread notification count into every page: "unread", counted up to
 * {@link #SHOWN_UP_TO}, and "unreadLabel", the way to show it ("99+" at the cap).
 */
@RequestScoped
public class UnreadCount implements PageGlobals {

    static final int SHOWN_UP_TO = 100;

    @Inject
    NotificationService notifications;

    @Override
    public Map<String, Object> globals() {
        int unread = notifications.unreadUpTo(SHOWN_UP_TO);
        return Map.of("unread", unread, "unreadLabel", unread < SHOWN_UP_TO ? String.valueOf(unread) : (SHOWN_UP_TO - 1) + "+");
    }
}
