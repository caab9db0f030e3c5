package qiao.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import qiao.portal.identity.AccountService;
import qiao.portal.web.View;

/** The signed-in person's notifications, and "mark all read". */
@Path("notifications")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    @Inject
    NotificationService notifications;

    @Inject
    AccountService accounts;

    @GET
    @Operation(hidden = true)
    public View list() {
        List<Notification> mine = notifications.mine();
        return View.of("notifications").with("notifications", mine)
                .with("actors", accounts.authors(mine.stream().map(Notification::actorId).filter(java.util.Objects::nonNull).distinct().toList()));
    }

    @POST
    @Path("read")
    @Operation(hidden = true)
    public Response markAllRead() {
        notifications.markAllRead();
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
