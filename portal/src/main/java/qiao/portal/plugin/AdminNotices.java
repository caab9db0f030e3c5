package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.Locale;
import qiao.api.portal.Notice;
import qiao.portal.identity.AccountViews;
import qiao.portal.identity.Role;
import qiao.portal.notify.PluginNotices;
import qiao.portal.web.Languages;
import qiao.portal.web.Messages;

/** Tells every admin, in their language, that a plugin was disabled because it kept failing. */
@ApplicationScoped
class AdminNotices {

    /** What the portal itself signs its plugin notices with. */
    static final String HOST = "qiao";

    @Inject
    AccountViews accounts;

    @Inject
    PluginNotices notices;

    @Inject
    Clock clock;

    void pluginDisabled(String pluginId, String reason) {
        String once = "plugin-disabled/" + pluginId + "/" + clock.millis();
        for (long admin : accounts.withRole(Role.ADMIN)) {
            Locale language = accounts.find(admin).flatMap(a -> Languages.match(a.language())).orElse(Locale.SIMPLIFIED_CHINESE);
            String text = Messages.get(language, "plugins.autoDisabled.notice", pluginId, reason);
            try {
                notices.send(HOST, admin, new Notice(once, text.length() > 500 ? text.substring(0, 499) + "…" : text, "/admin/plugins"));
            } catch (PersistenceException | TransactionalException e) {
                // an admin deleted meanwhile
            }
        }
    }
}
