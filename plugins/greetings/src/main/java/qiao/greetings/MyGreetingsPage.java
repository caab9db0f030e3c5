package qiao.greetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;
import qiao.api.plugin.PluginContext;
import qiao.api.portal.UserView;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;

/** {@code GET /p/greetings/}: a person's own greetings of today, and their birthday choice (where notifications link). */
@Extension
public class MyGreetingsPage implements Route {

    @Override
    public String method() {
        return "GET";
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
        BirthdayChoice choice = BirthdayChoice.stored(context.storage().of(id).get(BirthdayChoice.STORAGE_KEY));
        Optional<UserView> me = context.portal().user(id);
        Recipient recipient = GreetingsPlugin.recipient(request.viewer(), language, context);
        GreetingSettings settings = GreetingsPlugin.settings(context);
        List<String> today = GreetingsPlugin.GREETINGS.of(recipient, context.clock().instant(), settings).stream()
                .map(Greetings.Greeting::text).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("today", today);
        model.put("birthdaysOn", settings.birthdays());
        model.put("choice", choice.kind().name().toLowerCase(java.util.Locale.ROOT));
        // the profile's birthday, shown to its owner alone, so they know what "Gregorian" will use
        model.put("profileBirthday", me.flatMap(UserView::birthday).map(d -> String.format("%02d-%02d", d.getMonthValue(),
                d.getDayOfMonth())).orElse(""));
        model.put("lunarMonth", choice.lunar().map(Birthday::month).orElse(1));
        model.put("lunarDay", choice.lunar().map(Birthday::day).orElse(1));
        model.put("leapMonth", choice.lunar().map(Birthday::leapMonth).orElse(false));
        return RouteResponse.page("mine", model);
    }
}
