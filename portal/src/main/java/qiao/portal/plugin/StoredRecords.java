package qiao.portal.plugin;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import java.util.Optional;
import qiao.api.storage.PluginStorage;

/** One plugin's storage: the site's records ({@code account} null) or one person's. */
record StoredRecords(PluginData data, String plugin, Long account) implements PluginStorage {

    @Override
    public Optional<String> get(String key) {
        return Interrupts.shielded(() -> data.get(plugin, account, checked(key)));
    }

    @Override
    public void put(String key, String value) {
        Interrupts.shielded(() -> data.put(plugin, account, checked(key), checkedValue(value)));
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return Interrupts.shielded(() -> {
            try {
                return data.insert(plugin, account, checked(key), checkedValue(value));
            } catch (PersistenceException | TransactionalException anotherNodeWasFaster) {
                return false;
            }
        });
    }

    @Override
    public boolean delete(String key) {
        return Interrupts.shielded(() -> data.delete(plugin, account, checked(key)));
    }

    @Override
    public Map<String, String> list(String prefix, int limit) {
        return Interrupts.shielded(() -> data.list(plugin, account, prefix, limit));
    }

    @Override
    public PluginStorage of(long accountId) {
        return new StoredRecords(data, plugin, accountId);
    }

    private static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("a key has 1 to " + KEY_MAX + " characters");
        }
        return key;
    }

    private static String checkedValue(String value) {
        if (value == null || value.length() > VALUE_MAX) {
            throw new IllegalArgumentException("a value has at most " + VALUE_MAX + " characters");
        }
        return value;
    }
}
