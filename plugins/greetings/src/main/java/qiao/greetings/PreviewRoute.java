package qiao.greetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;
import qiao.api.plugin.Fragment;
import qiao.api.plugin.PluginContext;
import qiao.api.web.Route;
import qiao.api.web.RouteRequest;
import qiao.api.web.RouteResponse;
import qiao.greetings.Greetings.Greeting;

/**
 * {@code GET /p/greetings/preview?date=YYYY-MM-DD&lang=zh-CN|en[&format=json]}: for staff, the occasions of a day and
 * the banner as they would see it that day (made by the banner's own code), to check the settings before the day.
 */
@Extension
public class PreviewRoute implements Route {

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/preview";
    }

    @Override
    public Access access() {
        return Access.STAFF;
    }

    @Override
    public RouteResponse handle(RouteRequest request, PluginContext context) {
        String own = GreetingsPlugin.language(request.viewer().language());
        Optional<String> lang = request.query("lang").filter(l -> !l.isBlank());
        if (lang.isPresent() && !lang.get().equals("zh-CN") && !lang.get().equals("en")) {
            return RouteResponse.status(400, context.messages().get(own, "preview.badLanguage", lang.get()));
        }
        String language = lang.orElse(own);
        LocalDate day;
        try {
            day = request.query("date").filter(d -> !d.isBlank()).map(LocalDate::parse)
                    .orElseGet(() -> context.clock().instant().atZone(request.viewer().zone()).toLocalDate());
        } catch (DateTimeException e) {
            return RouteResponse.status(400, context.messages().get(own, "preview.badDate", request.query("date").orElse("")));
        }
        if (day.getYear() < FestivalCalendar.FIRST_YEAR || day.getYear() > FestivalCalendar.LAST_YEAR) {
            return RouteResponse.status(400, context.messages().get(own, "preview.outOfRange", day.toString(),
                    FestivalCalendar.FIRST_YEAR, FestivalCalendar.LAST_YEAR));
        }
        Recipient recipient = GreetingsPlugin.recipient(request.viewer(), language, context);
        List<Greeting> greetings = GreetingsPlugin.GREETINGS.on(recipient, day, GreetingsPlugin.settings(context));
        List<Map<String, Object>> listed = greetings.stream().map(g -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("occasion", g.occasion().key());
            item.put("name", GreetingsPlugin.occasionName(g.occasion(), language, context));
            item.put("text", g.text());
            return item;
        }).toList();
        if (request.query("format").filter("json"::equals).isPresent()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("date", day.toString());
            body.put("lang", language);
            body.put("greetings", listed);
            return RouteResponse.json(body);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("date", day.toString());
        // "lang" is the page's own language, which the layout and pt() use
        model.put("previewLang", language);
        model.put("greetings", listed);
        Optional<Fragment> banner = GreetingsPlugin.banner(greetings, language);
        // a page's model holds no nulls: no banner is no key
        banner.ifPresent(fragment -> model.put("festivalBanner", fragment));
        return RouteResponse.page("preview", model);
    }
}
