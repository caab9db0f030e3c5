package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The site_secret table. Each write is its own transaction, so a lost race is a plain re-read. */
@ApplicationScoped
class SiteSecretStore {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> find(String name) {
        List<?> rows = em.createNativeQuery("SELECT secret_value FROM site_secret WHERE secret_name = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String name, String value) {
        em.createNativeQuery("INSERT INTO site_secret (secret_name, secret_value) VALUES (?1, ?2)")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
        em.flush();
    }
}
