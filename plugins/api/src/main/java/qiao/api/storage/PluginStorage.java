package qiao.api.storage;

import java.util.Map;
import java.util.Optional;

/**
 * The plugin's own records in the portal's database: text values by key (JSON is text too), kept across restarts and
 * shared by every node, included in the site's backups, and removed with the plugin when an admin uninstalls it with
 * its data. Records about one person go in {@link #of(long)}: they are part of that person's data export and are
 * erased with their account. A plugin never gets a database connection.
 */
public interface PluginStorage {

    /** The longest key, in characters. */
    int KEY_MAX = 200;

    /** The longest value, in characters. */
    int VALUE_MAX = 100_000;

    Optional<String> get(String key);

    void put(String key, String value);

    /** Stores the value only if the key has none; true if it did. Two nodes asking at once: exactly one gets true. */
    boolean putIfAbsent(String key, String value);

    /** True if there was a value. */
    boolean delete(String key);

    /** The values whose keys start with {@code prefix}, in key order, at most {@code limit}. */
    Map<String, String> list(String prefix, int limit);

    /** The records about one person. */
    PluginStorage of(long accountId);
}
