package qiao.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The language switcher in every page's footer: remembers the choice in a cookie for a year. */
@Path("language")
@RequestScoped
public class LanguageResource {

    @Inject
    Visitor visitor;

    @Inject
    Event<LanguageChosen> chosen;

    @POST
    @Operation(hidden = true)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        var locale = Languages.match(lang).orElseThrow(() -> InvalidInput.of("lang", "error.language.unknown"));
        chosen.fire(new LanguageChosen(locale));
        return Response.seeOther(SafeRedirects.local(back))
                .header(HttpHeaders.SET_COOKIE, Cookies.of(Cookies.LANGUAGE, Languages.tag(locale), Duration.ofDays(365), visitor.secure()))
                .build();
    }
}
