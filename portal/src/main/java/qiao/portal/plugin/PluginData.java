package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code plugin_data} (the site's) and {@code plugin_user_data} (one person's, erased with the account) rows
 * behind {@link qiao.api.storage.PluginStorage}; each write commits by itself unless the caller has a transaction.
 */
@ApplicationScoped
class PluginData {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    Optional<String> get(String plugin, Long account, String key) {
        List<?> rows = where(em.createNativeQuery("SELECT data_value FROM " + table(account) + " WHERE plugin_id = ?1 AND data_key = ?2"
                + owner(account)), plugin, account, key).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    @Transactional
    void put(String plugin, Long account, String key, String value) {
        int updated = where(em.createNativeQuery("UPDATE " + table(account) + " SET data_value = ?4, updated_at = ?5 "
                + "WHERE plugin_id = ?1 AND data_key = ?2" + owner(account)), plugin, account, key)
                .setParameter(4, value).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        if (updated == 0) {
            insert(plugin, account, key, value);
        }
    }

    /** Adds a record the key has none of, committed by itself; a second node adding the same key at once fails at commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean insert(String plugin, Long account, String key, String value) {
        String columns = account == null ? "plugin_id, data_key, data_value, updated_at" : "plugin_id, data_key, data_value, updated_at, account_id";
        String values = account == null ? "?1, ?2, ?4, ?5" : "?1, ?2, ?4, ?5, ?3";
        String missing = "NOT EXISTS (SELECT 1 FROM " + table(account) + " WHERE plugin_id = ?1 AND data_key = ?2" + owner(account) + ")";
        var insert = em.createNativeQuery("INSERT INTO " + table(account) + " (" + columns + ") SELECT " + values + " WHERE " + missing)
                .setParameter(1, plugin).setParameter(2, key).setParameter(4, value)
                .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC));
        if (account != null) {
            insert.setParameter(3, account);
        }
        return insert.executeUpdate() == 1;
    }

    @Transactional
    boolean delete(String plugin, Long account, String key) {
        return where(em.createNativeQuery("DELETE FROM " + table(account) + " WHERE plugin_id = ?1 AND data_key = ?2" + owner(account)),
                plugin, account, key).executeUpdate() > 0;
    }

    Map<String, String> list(String plugin, Long account, String prefix, int limit) {
        Map<String, String> found = new LinkedHashMap<>();
        var query = em.createNativeQuery("SELECT data_key, data_value FROM " + table(account) + " WHERE plugin_id = ?1 "
                + "AND data_key >= ?2 AND data_key < ?4" + owner(account) + " ORDER BY data_key")
                .setParameter(1, plugin).setParameter(2, prefix).setParameter(4, prefix + Character.MAX_VALUE)
                .setMaxResults(Math.max(1, Math.min(limit, 1000)));
        if (account != null) {
            query.setParameter(3, account);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], (String) r[1]);
        }
        return found;
    }

    /** One key's site record in every plugin that has it, by plugin. */
    Map<String, String> valuesOf(String key) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT plugin_id, data_value FROM plugin_data WHERE data_key = ?1 ORDER BY plugin_id")
                .setParameter(1, key).getResultList()) {
            Object[] r = (Object[]) row;
            found.put((String) r[0], (String) r[1]);
        }
        return found;
    }

    private static String table(Long account) {
        return account == null ? "plugin_data" : "plugin_user_data";
    }

    private static String owner(Long account) {
        return account == null ? "" : " AND account_id = ?3";
    }

    private static jakarta.persistence.Query where(jakarta.persistence.Query query, String plugin, Long account, String key) {
        query.setParameter(1, plugin).setParameter(2, key);
        if (account != null) {
            query.setParameter(3, account);
        }
        return query;
    }
}
