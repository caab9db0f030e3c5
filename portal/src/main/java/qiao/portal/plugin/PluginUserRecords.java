package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;

/**
 * What plugins keep per person ({@code plugin_user_data}, a plugin's {@code storage().of(accountId)}), grouped by
 * plugin id and then key; erasure deletes it all, whether the plugin is running or not.
 */
@ApplicationScoped
class PluginUserRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Override
    public String section() {
        return "plugins";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Map<String, Object>> byPlugin = new LinkedHashMap<>();
        List<Map<String, Object>> rows = RecordRows.of(em, "SELECT plugin_id, data_key, data_value FROM plugin_user_data "
                + "WHERE account_id = ?1 ORDER BY plugin_id, data_key", accountId, "plugin", "key", "value");
        for (Map<String, Object> row : rows) {
            byPlugin.computeIfAbsent((String) row.get("plugin"), p -> new LinkedHashMap<>()).put((String) row.get("key"),
                    row.get("value"));
        }
        return byPlugin;
    }

    @Override
    public void erase(long accountId) {
        RecordRows.delete(em, "plugin_user_data", accountId);
    }
}
