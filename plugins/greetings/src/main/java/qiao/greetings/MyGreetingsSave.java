package qiao.greetings;

import java.time.LocalDate;
import java.util.Optional;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.portal.UserView;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;

/** {@code POST /p/greetings/}: keeps a person's birthday choice in their own records (exported and erased with them). */
@Extension
public class MyGreetingsSave implements Route {

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public Access access() {
        return Access.SIGNED_IN;
    }

    @Override
    public RouteResponse handle(RouteRequest request, PluginContext context) {
        long id = request.viewer().accountId().orElseThrow();
        String language = GreetingsPlugin.language(request.viewer().language());
        BirthdayChoice choice;
        try {
            choice = BirthdayChoice.ofForm(request.form("birthday"), request.form("month"), request.form("day"), request.form("leap"));
        } catch (IllegalArgumentException e) {
            return RouteResponse.status(400, context.messages().get(language, "mine.badChoice"));
        }
        Optional<UserView> me = context.portal().user(id);
        if (choice.needsProfile() && me.flatMap(UserView::birthday).isEmpty()) {
            return RouteResponse.status(400, context.messages().get(language, "mine.noProfileBirthday"));
        }
        context.storage().of(id).put(BirthdayChoice.STORAGE_KEY, choice.format());
        // the job may already have gone past this person today; if today is the day just chosen, greet them now
        if (me.isPresent() && GreetingsPlugin.settings(context).birthdays()) {
            UserView person = me.get();
            Recipient recipient = new Recipient(person.displayName(), person.zone(), GreetingsPlugin.language(person.language()),
                    choice.birthday(person.birthday()));
            GreetingJob.greet(context, person, recipient, LocalDate.ofInstant(context.clock().instant(), person.zone()));
        }
        return RouteResponse.redirect("/p/greetings/");
    }
}
