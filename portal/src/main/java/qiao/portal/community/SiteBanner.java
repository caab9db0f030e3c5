package qiao.portal.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import qiao.portal.web.PageGlobals;
import qiao.portal.web.Visitor;

/**
 * Puts the site-wide announcement banner into every page (as "banner"), unless this browser
 * dismissed that very announcement.
 */
@RequestScoped
public class SiteBanner implements PageGlobals {

    static final String DISMISSED_COOKIE = "qiao_banner_dismissed";

    @Inject
    AnnouncementService announcements;

    @Inject
    Visitor visitor;

    @Override
    public Map<String, Object> globals() {
        String dismissed = visitor.cookie(DISMISSED_COOKIE).orElse("");
        return announcements.banner().filter(t -> !dismissed.equals(String.valueOf(t.id())))
                .<Map<String, Object>>map(t -> Map.of("banner", t)).orElse(Map.of());
    }
}
