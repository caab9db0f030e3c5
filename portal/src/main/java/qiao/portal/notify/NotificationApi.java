package qiao.portal.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;

/** Notifications for API clients. */
@Path("api/v1/notifications")
@RequestScoped
@Tag(name = "notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationApi {

    /** One notification. */
    public record Item(long id, String kind, Author actor, Long threadId, Long postId, String subject, boolean unread,
            Instant createdAt, String url) {
    }

    /** The latest notifications (50) and how many are unread. */
    public record Inbox(long unread, List<Item> notifications) {
    }

    /** How many were marked read. */
    public record Marked(int marked) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "The caller's latest notifications")
    public Inbox inbox() {
        List<Notification> mine = notifications.mine();
        Map<Long, Author> actors = accounts.authors(mine.stream().map(Notification::actorId).filter(java.util.Objects::nonNull).distinct().toList());
        // a plugin's notice has no actor
        return new Inbox(notifications.unreadCount(), mine.stream().map(n -> new Item(n.id(), n.kind().key(),
                n.actorId() == null ? null : actors.get(n.actorId()), n.threadId(), n.postId(), n.subject(), n.unread(),
                n.createdAt(), n.url())).toList());
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark every notification read")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }
}
