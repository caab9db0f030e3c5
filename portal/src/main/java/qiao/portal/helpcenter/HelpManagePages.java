package qiao.portal.helpcenter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.content.MarkdownCooker;
import qiao.portal.identity.Caller;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Refusal;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/**
 * The help center's back office: what is not published yet, sections and their order, the article editor
 * (with a preview, live with htmx and on a button without JavaScript), states and scheduling, moving,
 * history with restore, readers' feedback, and promoting a solved thread. Staff and admins write;
 * moderators look.
 */
@Path("help")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HelpManagePages {

    private final MarkdownCooker cooker = new MarkdownCooker();

    @Inject
    HelpSections sections;

    @Inject
    Articles articles;

    @Inject
    ArticleFeedbacks feedbacks;

    @Inject
    Promotions promotions;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @Inject
    Clock clock;

    @GET
    @Path("manage")
    @Operation(hidden = true)
    public View manage() {
        return managed(Map.of());
    }

    private View managed(Map<String, List<String>> errors) {
        return View.of("help-manage").with("tree", sections.readableTree()).with("all", sections.all())
                .with("writes", HelpPeople.writes(caller.person())).with("errors", errors).with("now", clock.instant())
                .with("unpublished", articles.unpublished());
    }

    @POST
    @Path("manage/sections")
    @Operation(hidden = true)
    public Response createSection(@FormParam("slug") String slug, @FormParam("name") String name,
            @FormParam("description") String description, @FormParam("icon") String icon, @FormParam("parent") String parent,
            @FormParam("access") String access) {
        try {
            sections.create(new HelpSections.SectionForm(slug, name, description, icon, parent, access, null));
            return Response.seeOther(URI.create("/help/manage")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(managed(Forms.messages(e.errors(), visitor)).with("section", Map.of("slug", nz(slug),
                    "name", nz(name), "description", nz(description), "icon", nz(icon), "parent", nz(parent), "access", nz(access)))).build();
        }
    }

    @POST
    @Path("manage/order")
    @Operation(hidden = true)
    public Response reorderSections(@FormParam("parent") String parent, @FormParam("order") String order) {
        try {
            sections.reorder(parent, names(order));
            return Response.seeOther(URI.create("/help/manage")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(managed(Forms.messages(e.errors(), visitor))).build();
        }
    }

    @POST
    @Path("manage/s/{slug}/order")
    @Operation(hidden = true)
    public Response reorderArticles(@PathParam("slug") String slug, @FormParam("order") String order) {
        try {
            articles.reorder(slug, names(order).stream().map(Long::parseLong).toList());
            return Response.seeOther(URI.create("/help/s/" + slug)).build();
        } catch (NumberFormatException e) {
            throw InvalidInput.of("order", "help.order.unknown", order);
        }
    }

    private static List<String> names(String order) {
        return order == null || order.isBlank() ? List.of() : Arrays.stream(order.split("[\\s,，、]+")).filter(s -> !s.isBlank()).toList();
    }

    @GET
    @Path("manage/new")
    @Operation(hidden = true)
    public View newArticle(@QueryParam("section") String section, @QueryParam("translationOf") Long translationOf) {
        HelpPeople.requireWriter(caller);
        Map<String, String> form = typed(section, "", "", translationOf == null ? language() : otherLanguage(translationOf), "", "draft",
                "");
        return editor(null, form, translationOf, Map.of());
    }

    private String language() {
        return visitor.locale().toLanguageTag().startsWith("zh") ? "zh-CN" : "en";
    }

    private String otherLanguage(long translationOf) {
        return articles.readable(translationOf).lang().equals("en") ? "zh-CN" : "en";
    }

    @POST
    @Path("manage/new")
    @Operation(hidden = true)
    public Response create(@FormParam("section") String section, @FormParam("title") String title, @FormParam("body") String body,
            @FormParam("lang") String lang, @FormParam("labels") String labels, @FormParam("state") String state,
            @FormParam("publishAt") String publishAt, @FormParam("translationOf") Long translationOf, @FormParam("action") String action) {
        Map<String, String> form = typed(section, title, body, lang, labels, state, publishAt);
        if ("preview".equals(action)) {
            return Response.ok(editor(null, form, translationOf, Map.of()).with("preview", cooker.cook(nz(body)).html())).build();
        }
        try {
            Article article = articles.create(new Articles.ArticleForm(section, title, body, lang, labels, state, publishAt, translationOf,
                    visitor.zone()));
            return Response.seeOther(URI.create("/help/manage/a/" + article.id() + "?saved=1")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(editor(null, form, translationOf, Forms.messages(e.errors(), visitor))).build();
        }
    }

    @GET
    @Path("manage/a/{id: [0-9]+}")
    @Operation(hidden = true)
    public View edit(@PathParam("id") long id, @QueryParam("saved") String saved) {
        HelpPeople.requireWriter(caller);
        Article article = articles.readable(id);
        HelpSection section = sections.all().stream().filter(s -> s.id() == article.sectionId()).findFirst().orElseThrow();
        return editor(article, typed(section.slug(), article.titleAsWritten(), article.bodyAsWritten(), article.lang(),
                String.join(" ", article.labels()), article.state().key(), localTime(article)), null, Map.of()).with("saved", saved != null);
    }

    private String localTime(Article article) {
        return article.publishAt() == null ? "" : LocalDateTime.ofInstant(article.publishAt(), visitor.zone()).withSecond(0).withNano(0)
                .toString();
    }

    @POST
    @Path("manage/a/{id: [0-9]+}")
    @Operation(hidden = true)
    public Response save(@PathParam("id") long id, @FormParam("title") String title, @FormParam("body") String body,
            @FormParam("lang") String lang, @FormParam("labels") String labels, @FormParam("action") String action) {
        HelpPeople.requireWriter(caller);
        Article article = articles.readable(id);
        Map<String, String> form = typed("", title, body, lang, labels, article.state().key(), localTime(article));
        if ("preview".equals(action)) {
            return Response.ok(editor(article, form, null, Map.of()).with("preview", cooker.cook(nz(body)).html())).build();
        }
        try {
            articles.edit(id, new Articles.ArticleForm(null, title, body, lang, labels, null, null, null, visitor.zone()));
            return Response.seeOther(URI.create("/help/manage/a/" + id + "?saved=1")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(editor(article, form, null, Forms.messages(e.errors(), visitor))).build();
        }
    }

    @POST
    @Path("manage/a/{id: [0-9]+}/state")
    @Operation(hidden = true)
    public Response state(@PathParam("id") long id, @FormParam("state") String state, @FormParam("publishAt") String publishAt) {
        try {
            articles.changeState(id, state, publishAt, visitor.zone());
            return Response.seeOther(URI.create("/help/manage/a/" + id + "?saved=1")).build();
        } catch (InvalidInput e) {
            Article article = articles.readable(id);
            HelpSection section = sections.all().stream().filter(s -> s.id() == article.sectionId()).findFirst().orElseThrow();
            return Response.status(400).entity(editor(article, typed(section.slug(), article.titleAsWritten(), article.bodyAsWritten(),
                    article.lang(), String.join(" ", article.labels()), nz(state), nz(publishAt)), null, Forms.messages(e.errors(), visitor)))
                    .build();
        }
    }

    @POST
    @Path("manage/a/{id: [0-9]+}/move")
    @Operation(hidden = true)
    public Response move(@PathParam("id") long id, @FormParam("section") String section) {
        articles.move(id, section);
        return Response.seeOther(URI.create("/help/manage/a/" + id + "?saved=1")).build();
    }

    @GET
    @Path("manage/a/{id: [0-9]+}/history")
    @Operation(hidden = true)
    public View history(@PathParam("id") long id) {
        return View.of("help-history").with("article", articles.readable(id)).with("versions", articles.versions(id))
                .with("writes", HelpPeople.writes(caller.person()));
    }

    @POST
    @Path("manage/a/{id: [0-9]+}/restore/{revision: [0-9]+}")
    @Operation(hidden = true)
    public Response restore(@PathParam("id") long id, @PathParam("revision") int revision) {
        articles.restore(id, revision);
        return Response.seeOther(URI.create("/help/manage/a/" + id + "?saved=1")).build();
    }

    /** The Markdown as readers will see it, for the editor's live preview. */
    @POST
    @Path("manage/preview")
    @Operation(hidden = true)
    public View preview(@FormParam("body") String body) {
        HelpPeople.requireWriter(caller);
        return View.of("help-preview").with("preview", cooker.cook(nz(body)).html());
    }

    @GET
    @Path("manage/feedback")
    @Operation(hidden = true)
    public View feedback() {
        return View.of("help-feedback").with("standings", feedbacks.standings());
    }

    @GET
    @Path("promote/{thread: [0-9]+}")
    @Operation(hidden = true)
    public View promoteForm(@PathParam("thread") long thread) {
        HelpPeople.requireWriter(caller);
        return View.of("help-promote").with("thread", thread).with("all", sections.all()).with("errors", Map.of());
    }

    @POST
    @Path("promote/{thread: [0-9]+}")
    @Operation(hidden = true)
    public Response promote(@PathParam("thread") long thread, @FormParam("section") String section) {
        try {
            Article article = promotions.promote(thread, section, language(), visitor.zone());
            return Response.seeOther(URI.create("/help/manage/a/" + article.id() + "?saved=1")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(View.of("help-promote").with("thread", thread).with("all", sections.all())
                    .with("errors", Forms.messages(e.errors(), visitor))).build();
        } catch (Refusal r) {
            if (r.status() != 409) {
                throw r;
            }
            return Response.status(409).entity(View.of("help-promote").with("thread", thread).with("all", sections.all())
                    .with("errors", Forms.message("section", visitor.text(r.detailKey())))).build();
        }
    }

    private View editor(Article article, Map<String, String> form, Long translationOf, Map<String, List<String>> errors) {
        HelpPeople.requireWriter(caller);
        return View.of("help-editor").with("article", article).with("form", form).with("errors", errors).with("all", sections.all())
                .with("translationOf", translationOf).with("languages", List.of("zh-CN", "en"))
                .with("states", Arrays.stream(ArticleState.values()).map(ArticleState::key).toList())
                .with("translations", article == null ? List.of() : articles.translations(article));
    }

    private static Map<String, String> typed(String section, String title, String body, String lang, String labels, String state,
            String publishAt) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("section", nz(section));
        typed.put("title", nz(title));
        typed.put("body", nz(body));
        typed.put("lang", nz(lang));
        typed.put("labels", nz(labels));
        typed.put("state", nz(state));
        typed.put("publishAt", nz(publishAt));
        return typed;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
