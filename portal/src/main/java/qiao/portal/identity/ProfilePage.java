package qiao.portal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.web.Forms;
import qiao.portal.web.InvalidInput;
import qiao.portal.web.Languages;
import qiao.portal.web.Themes;
import qiao.portal.web.View;
import qiao.portal.web.Visitor;

/** The signed-in person's own profile and password. */
@Path("profile")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Visitor visitor;

    @Inject
    Themes themes;

    @GET
    @Operation(hidden = true)
    public View show(@QueryParam("saved") String saved) {
        Account me = caller.requireAccount();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("displayName", me.displayName());
        form.put("email", me.email());
        form.put("timeZone", me.timeZone());
        form.put("language", Languages.tag(me.language()));
        form.put("theme", me.theme() == null ? "" : me.theme());
        form.put("birthday", me.birthday() == null ? "" : me.birthday().toString());
        form.put("bio", me.bio() == null ? "" : me.bio());
        return view(form, Map.of()).with("saved", saved);
    }

    @POST
    @Operation(hidden = true)
    public Response save(@FormParam("displayName") String displayName, @FormParam("email") String email,
            @FormParam("timeZone") String timeZone, @FormParam("language") String language,
            @FormParam("theme") String theme, @FormParam("birthday") String birthday, @FormParam("bio") String bio) {
        caller.require();
        ProfileForm typed = new ProfileForm(displayName, email, timeZone, language, theme, birthday, bio);
        try {
            accounts.updateProfile(typed, themes::exists);
            return Response.seeOther(URI.create("/profile?saved=profile")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(asMap(typed), Forms.messages(e.errors(), visitor))).build();
        } catch (Taken e) {
            return Response.status(409).entity(view(asMap(typed),
                    Forms.message(e.field(), visitor.text(e.detailKey())))).build();
        }
    }

    @POST
    @Path("password")
    @Operation(hidden = true)
    public Response changePassword(@FormParam("currentPassword") String current,
            @FormParam("newPassword") String next, @FormParam("newPasswordAgain") String again) {
        caller.require();
        try {
            if (next != null && !next.equals(again)) {
                throw InvalidInput.of("newPasswordAgain", "validation.password.again");
            }
            accounts.changePassword(current, next);
            return Response.seeOther(URI.create("/profile?saved=password")).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(show(null).with("passwordErrors", Forms.messages(e.errors(), visitor)))
                    .build();
        }
    }

    private View view(Map<String, String> form, Map<String, List<String>> errors) {
        return View.of("profile").with("form", form).with("errors", errors).with("zones", ZONES)
                .with("themes", themes.all().values().stream().map(t -> Map.of("name", t.name(), "title", t.title()))
                        .toList());
    }

    private static Map<String, String> asMap(ProfileForm f) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("displayName", nz(f.displayName()));
        form.put("email", nz(f.email()));
        form.put("timeZone", nz(f.timeZone()));
        form.put("language", nz(f.language()));
        form.put("theme", nz(f.theme()));
        form.put("birthday", nz(f.birthday()));
        form.put("bio", nz(f.bio()));
        return form;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
