package qiao.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;

/**
 * A person's notifications (what they were told, not who else was). Erasure deletes them; where the person was the
 * actor of someone else's notification, that one stays and names a deleted user.
 */
@ApplicationScoped
class NotificationRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long accountId) {
        return RecordRows.of(em, "SELECT kind, thread_id, post_id, plugin_id, subject, link, created_at, read_at "
                + "FROM notification WHERE account_id = ?1 ORDER BY created_at, id", accountId,
                "kind", "threadId", "postId", "pluginId", "subject", "link", "createdAt", "readAt");
    }

    @Override
    public void erase(long accountId) {
        RecordRows.delete(em, "notification", accountId);
    }
}
