package qiao.portal.helpcenter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.identity.Caller;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Visitor;

/** The help center for programs: sections, articles, feedback. Writes are for staff and admins. */
@Path("api/v1/help")
@RequestScoped
@Tag(name = "help")
@Produces(MediaType.APPLICATION_JSON)
public class HelpApi {

    /** A section (a category when {@code parent} is null). */
    public record SectionJson(long id, String slug, String name, String description, String icon, String parent, String access, int position,
            String url) {
    }

    /** A new or changed section. */
    public record SectionBody(String slug, String name, String description, String icon, String parent, String access, String position) {
    }

    /** A section made. */
    public record SectionCreated(long id, String slug, String url) {
    }

    /** An article in a list. */
    public record ArticleItem(long id, String title, String state, String lang, String section, List<String> labels, Instant updatedAt,
            String url) {
    }

    /** A translation of an article. */
    public record Translation(long id, String lang, String title, String url) {
    }

    /** An article; {@code helpful} and {@code unhelpful} for staff only. */
    public record ArticleJson(long id, String title, String html, String state, String lang, String section, String url,
            List<Translation> translations, List<String> labels, Instant publishAt, Instant updatedAt, Long sourceThread, Integer helpful,
            Integer unhelpful) {
    }

    /**
     * A new article, or (PATCH) what changes of one: null leaves a field as it is.
     *
     * @param publishAt an instant (2026-12-31T08:00:00Z), or a local time in the caller's time zone
     */
    public record ArticleBody(String section, String title, String body, String lang, List<String> labels, String state, String publishAt,
            Long translationOf, Integer position) {
    }

    /** An article made or changed. */
    public record ArticleSaved(long id, String url, String state) {
    }

    /** A reader's answer to "Was this helpful?". */
    public record Feedback(Boolean helpful, String comment) {
    }

    @Inject
    HelpSections sections;

    @Inject
    Articles articles;

    @Inject
    ArticleFeedbacks feedbacks;

    @Inject
    Caller caller;

    @Inject
    Visitor visitor;

    @GET
    @Path("sections")
    @Operation(summary = "The sections the caller may read, categories first")
    @APIResponse(responseCode = "200", description = "The sections")
    public List<SectionJson> sections() {
        List<HelpSection> readable = sections.readable();
        Map<Long, HelpSection> byId = readable.stream().collect(Collectors.toMap(HelpSection::id, Function.identity()));
        return readable.stream().map(s -> new SectionJson(s.id(), s.slug(), s.name(), s.description(), s.icon(),
                s.parentId() == null || !byId.containsKey(s.parentId()) ? null : byId.get(s.parentId()).slug(), s.access().name(), s.position(),
                "/help/s/" + s.slug())).toList();
    }

    @POST
    @Path("sections")
    @Operation(summary = "Make a section (staff)", description = "access: EVERYONE, SIGNED_IN or STAFF; parent: a category's slug")
    @APIResponse(responseCode = "201", description = "Made")
    public Response createSection(SectionBody body) {
        HelpSection s = sections.create(form(body));
        return Response.status(201).entity(new SectionCreated(s.id(), s.slug(), "/help/s/" + s.slug())).build();
    }

    @PATCH
    @Path("sections/{slug}")
    @Operation(summary = "Change a section (staff)")
    @APIResponse(responseCode = "200", description = "Changed")
    public SectionCreated updateSection(@PathParam("slug") String slug, SectionBody body) {
        HelpSection s = sections.update(slug, form(body));
        return new SectionCreated(s.id(), s.slug(), "/help/s/" + s.slug());
    }

    private static HelpSections.SectionForm form(SectionBody body) {
        if (body == null) {
            throw InvalidInput.of("name", "validation.required");
        }
        return new HelpSections.SectionForm(body.slug(), body.name(), body.description(), body.icon(), body.parent(), body.access(),
                body.position());
    }

    @GET
    @Path("articles")
    @Operation(summary = "The articles the caller may read, by section, label and language")
    @APIResponse(responseCode = "200", description = "The articles, in their sections' order")
    public List<ArticleItem> articles(@QueryParam("section") String section, @QueryParam("label") String label, @QueryParam("lang") String lang) {
        Map<Long, String> slugs = sections.readable().stream().collect(Collectors.toMap(HelpSection::id, HelpSection::slug));
        return articles.list(section, label, lang).stream().map(a -> new ArticleItem(a.id(), a.title(), a.state().key(), a.lang(),
                slugs.get(a.sectionId()), a.labels(), a.updatedAt(), "/help/a/" + a.id())).toList();
    }

    @POST
    @Path("articles")
    @Operation(summary = "Write an article (staff)", description = "state: draft (the default), review or published; publishAt sets "
            + "publication for later")
    @APIResponse(responseCode = "201", description = "Written")
    public Response createArticle(ArticleBody body) {
        ArticleBody b = body == null ? new ArticleBody(null, null, null, null, null, null, null, null, null) : body;
        Article a = articles.create(new Articles.ArticleForm(b.section(), b.title(), b.body(), b.lang(), labels(b.labels()), b.state(),
                b.publishAt(), b.translationOf(), visitor.zone()));
        return Response.status(201).entity(new ArticleSaved(a.id(), "/help/a/" + a.id(), a.state().key())).build();
    }

    @PATCH
    @Path("articles/{id: [0-9]+}")
    @Operation(summary = "Change an article (staff)", description = "Any of title, body, lang, labels (a new version, the old one "
            + "kept); state and publishAt; section (moves it); position (its place in its section)")
    @APIResponse(responseCode = "200", description = "Changed")
    public ArticleSaved updateArticle(@PathParam("id") long id, ArticleBody body) {
        if (body == null) {
            throw InvalidInput.of("title", "validation.required");
        }
        if (body.title() != null || body.body() != null || body.lang() != null || body.labels() != null) {
            articles.edit(id, new Articles.ArticleForm(null, body.title(), body.body(), body.lang(), labels(body.labels()), null, null, null,
                    visitor.zone()));
        }
        if (body.state() != null || body.publishAt() != null) {
            Article now = articles.readable(id);
            articles.changeState(id, body.state() == null ? now.state().key() : body.state(), body.publishAt(), visitor.zone());
        }
        if (body.section() != null) {
            articles.move(id, body.section());
        }
        if (body.position() != null) {
            articles.place(id, body.position());
        }
        Article a = articles.readable(id);
        return new ArticleSaved(a.id(), "/help/a/" + a.id(), a.state().key());
    }

    private static String labels(List<String> labels) {
        return labels == null ? null : String.join(" ", labels);
    }

    @GET
    @Path("articles/{id: [0-9]+}")
    @Operation(summary = "An article", description = "Drafts, articles in review, scheduled and archived ones are there for staff and "
            + "moderators only; for anyone else they do not exist (404)")
    @APIResponse(responseCode = "200", description = "The article")
    public ArticleJson article(@PathParam("id") long id) {
        Article a = articles.readable(id);
        String section = sections.readable(a.sectionId()).slug();
        boolean staff = HelpPeople.readsDrafts(caller.person());
        return new ArticleJson(a.id(), a.title(), a.html(), a.state().key(), a.lang(), section, "/help/a/" + a.id(),
                articles.translations(a).stream().map(t -> new Translation(t.id(), t.lang(), t.title(), "/help/a/" + t.id())).toList(),
                a.labels(), a.publishAt(), a.updatedAt(), a.sourceThreadId(), staff ? a.helpfulCount() : null,
                staff ? a.unhelpfulCount() : null);
    }

    @POST
    @Path("articles/{id: [0-9]+}/feedback")
    @Operation(summary = "Say whether an article helped", description = "One answer per person (a second replaces the first); a "
            + "comment only with helpful=false. Visitors who are not signed in answer through the page.")
    @APIResponse(responseCode = "204", description = "Recorded")
    public Response feedback(@PathParam("id") long id, Feedback body) {
        if (body == null || body.helpful() == null) {
            throw InvalidInput.of("helpful", "help.feedback.choose");
        }
        caller.require();
        feedbacks.answer(id, body.helpful(), body.comment(), null);
        return Response.noContent().build();
    }
}
