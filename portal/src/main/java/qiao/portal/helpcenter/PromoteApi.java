package qiao.portal.helpcenter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Visitor;

/** Promoting a solved thread to a help-center article, for programs. */
@Path("api/v1/threads/{id: [0-9]+}/promote")
@RequestScoped
@Tag(name = "help")
@Produces(MediaType.APPLICATION_JSON)
public class PromoteApi {

    /** Where the article goes. */
    public record Promotion(String section) {
    }

    @Inject
    Promotions promotions;

    @Inject
    Visitor visitor;

    @POST
    @Operation(summary = "Make a draft article of a solved thread (staff)", description = "Its question and accepted answer, both "
            + "authors named, a link back to the thread")
    @APIResponse(responseCode = "201", description = "The draft article")
    @APIResponse(responseCode = "409", description = "The thread has no accepted answer")
    public Response promote(@PathParam("id") long id, Promotion body) {
        if (body == null || body.section() == null) {
            throw InvalidInput.of("section", "validation.required");
        }
        Article article = promotions.promote(id, body.section(), visitor.locale().toLanguageTag().startsWith("zh") ? "zh-CN" : "en",
                visitor.zone());
        return Response.status(201).entity(new HelpApi.ArticleSaved(article.id(), "/help/a/" + article.id(), article.state().key())).build();
    }
}
