package qiao.portal.plugin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import qiao.api.plugin.Viewer;
import qiao.api.portal.UserView;
import qiao.portal.identity.AccountViews;
import qiao.portal.identity.Caller;
import qiao.portal.web.Languages;
import qiao.portal.web.Visitor;

/** Who is looking, as plugins see them, made once per request. */
@RequestScoped
class Viewers {

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Inject
    AccountViews accounts;

    private Viewer viewer;

    Viewer current() {
        if (viewer == null) {
            String language = Languages.tag(visitor.locale());
            Optional<UserView> me = caller.person().flatMap(p -> accounts.find(p.id()));
            viewer = me.map(u -> new Viewer(Optional.of(u.id()), u.username(), u.displayName(), u.roles(), language, visitor.zone()))
                    .orElseGet(() -> new Viewer(Optional.empty(), "", "", Set.of(), language, visitor.zone()));
        }
        return viewer;
    }
}
