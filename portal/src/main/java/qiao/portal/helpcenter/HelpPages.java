package qiao.portal.helpcenter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.search.Scope;
import qiao.portal.search.SearchService;
import qiao.portal.web.Cookies;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/**
 * The help center as readers meet it: its home, a section, an article (with its contents, translations,
 * related articles, "Was this helpful?" and a way on to the community).
 */
@Path("help")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HelpPages {

    static final String BROWSER_COOKIE = "qiao_browser";
    private static final int TOP = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HelpSections sections;

    @Inject
    Articles articles;

    @Inject
    ArticleFeedbacks feedbacks;

    @Inject
    ArticleViews views;

    @Inject
    SearchService search;

    @Inject
    Visitor visitor;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public View home() {
        return View.of("help-home").with("tree", sections.readableTree()).with("mostViewed", inMyLanguage(articles.top(false, TOP)))
                .with("mostHelpful", inMyLanguage(articles.top(true, TOP))).with("writes", HelpPeople.writes(visitorPerson()))
                .with("readsDrafts", HelpPeople.readsDrafts(visitorPerson()));
    }

    private Optional<Person> visitorPerson() {
        return caller.person();
    }

    @GET
    @Path("s/{slug}")
    @Operation(hidden = true)
    public View section(@PathParam("slug") String slug) {
        HelpSection section = sections.readable(slug);
        List<HelpSection> children = section.category()
                ? sections.readable().stream().filter(s -> section.id().equals(s.parentId())).toList() : List.of();
        return View.of("help-section").with("section", section).with("trail", sections.trail(section)).with("children", children)
                .with("articles", inMyLanguage(articles.published(section.id()))).with("writes", HelpPeople.writes(visitorPerson()));
    }

    @GET
    @Path("a/{id: [0-9]+}")
    @Operation(hidden = true)
    public View article(@PathParam("id") long id, @QueryParam("thanks") String thanks, @HeaderParam("HX-Request") String inPlace) {
        Article article = articles.readable(id);
        if (inPlace == null && article.visibleAt(clock.instant())) {
            views.add(id);
        }
        return articleView(article, List.of()).with("thanks", thanks != null);
    }

    private View articleView(Article article, List<String> refused) {
        HelpSection section = sections.readable(article.sectionId());
        List<Article> translations = articles.translations(article);
        String myLanguage = myLanguage();
        Optional<Article> inMyLanguage = article.lang().equals(myLanguage) ? Optional.empty()
                : translations.stream().filter(t -> t.lang().equals(myLanguage)).findFirst();
        return View.of("help-article").with("article", article).with("section", section).with("trail", sections.trail(section))
                .with("contents", ArticleHtml.contents(article.html())).with("translations", translations)
                .with("inMyLanguage", inMyLanguage.orElse(null))
                .with("onlyInItsLanguage", !article.lang().equals(myLanguage) && inMyLanguage.isEmpty()).with("related", related(article))
                .with("answer", feedbacks.answerOf(article.id(), visitor.cookie(BROWSER_COOKIE).orElse(null)).orElse(null))
                .with("askIn", boards(search))
                .with("scheduled", article.scheduledAt(clock.instant()))
                .with("writes", HelpPeople.writes(visitorPerson())).with("refused", refused);
    }

    private String myLanguage() {
        return visitor.locale().toLanguageTag().startsWith("zh") ? "zh-CN" : "en";
    }

    /** Of each group of translations in the list, the one in the visitor's language if it is there, else the first. */
    private List<Article> inMyLanguage(List<Article> list) {
        String mine = myLanguage();
        Map<Long, Article> chosen = new LinkedHashMap<>();
        for (Article a : list) {
            chosen.merge(a.translationGroup(), a, (kept, other) -> !kept.lang().equals(mine) && other.lang().equals(mine) ? other : kept);
        }
        return List.copyOf(chosen.values());
    }

    /** Articles with the same labels first, then those search finds alike. */
    private List<SearchService.Hit> related(Article article) {
        List<SearchService.Hit> related = new ArrayList<>();
        for (Article same : articles.sameLabels(article, TOP)) {
            related.add(new SearchService.Hit("article", same.id(), 0, same.title(), same.title(), "/help/a/" + same.id(), "", "", "", false,
                    null, same.updatedAt()));
        }
        if (related.size() < TOP) {
            try {
                search.similar(article.title(), "").stream().filter(h -> h.kind().equals("article") && h.id() != article.id())
                        .filter(h -> related.stream().noneMatch(r -> r.id() == h.id())).limit(TOP - related.size()).forEach(related::add);
            } catch (Refusal searchAway) {
                // the labels are enough while search is away
            }
        }
        return related;
    }

    @POST
    @Path("a/{id: [0-9]+}/feedback")
    @Operation(hidden = true)
    public Response feedback(@PathParam("id") long id, @FormParam("helpful") String helpful, @FormParam("comment") String comment) {
        Optional<String> browser = visitor.cookie(BROWSER_COOKIE);
        String id16 = browser.orElseGet(HelpPages::newBrowserId);
        try {
            if (!"yes".equals(helpful) && !"no".equals(helpful)) {
                throw InvalidInput.of("helpful", "help.feedback.choose");
            }
            feedbacks.answer(id, "yes".equals(helpful), comment, id16);
        } catch (InvalidInput e) {
            Article article = articles.readable(id);
            return Response.status(400).entity(articleView(article, Forms.messages(e.errors(), visitor).values().stream()
                    .flatMap(List::stream).toList()).with("comment", comment == null ? "" : comment)).build();
        }
        Response.ResponseBuilder response = Response.seeOther(URI.create("/help/a/" + id + "?thanks=1#feedback"));
        if (browser.isEmpty()) {
            response.header(HttpHeaders.SET_COOKIE, Cookies.of(BROWSER_COOKIE, id16, Duration.ofDays(365), visitor.secure()));
        }
        return response.build();
    }

    static String newBrowserId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The community boards the visitor may ask in. */
    static List<Scope> boards(SearchService search) {
        return search.scopes().stream().filter(s -> s.key().startsWith("board:")).toList();
    }
}
