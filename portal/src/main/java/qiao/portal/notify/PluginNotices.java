package qiao.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import qiao.api.portal.Notice;

/**
 * Notifications plugins send: their own text and link, about no thread, and at most once per plugin, person and key
 * (a unique index decides between two nodes sending the same at once).
 */
@ApplicationScoped
public class PluginNotices {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Adds the notice unless this plugin sent its key to the person before; true if it was added. Commits by itself;
     * a node that loses a race with another, or a person without an account, fails at commit, which the caller takes
     * as "not sent".
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(String pluginId, long accountId, Notice notice) {
        boolean sent = !em.createQuery("SELECT n.id FROM Notification n WHERE n.accountId = :a AND n.pluginId = :p AND n.onceKey = :k", Long.class)
                .setParameter("a", accountId).setParameter("p", pluginId).setParameter("k", notice.key()).setMaxResults(1)
                .getResultList().isEmpty();
        if (sent) {
            return false;
        }
        em.persist(new Notification(accountId, pluginId, notice.text(), notice.link(), notice.key(), clock.instant()));
        return true;
    }
}
