package qiao.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import qiao.portal.web.PageGlobals;

/** Puts the signed-in person's unread notification count into every page (as "unread"). */
@RequestScoped
public class UnreadCount implements PageGlobals {

    @Inject
    NotificationService notifications;

    @Override
    public Map<String, Object> globals() {
        return Map.of("unread", notifications.unreadCount());
    }
}
