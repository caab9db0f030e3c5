package qiao.api.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's own records in the portal's database: text values and JSON documents by key, kept across restarts and
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

    /**
     * Stores a JSON document under the key: a map with string keys whose values are maps, lists, strings, numbers,
     * booleans or null. It is a record like any other ({@link #get} reads its JSON text, {@link #delete} removes it).
     *
     * <pre>{@code
     * storage.putDocument("tally/2027-02-06", Map.of("replies", 42, "tags", List.of("春节", "祝福")));
     * long replies = (Long) storage.document("tally/2027-02-06").orElseThrow().get("replies");
     * }</pre>
     *
     * @throws IllegalArgumentException for a value JSON cannot hold, or a document longer than {@link #VALUE_MAX}
     */
    default void putDocument(String key, Map<String, ?> document) {
        put(key, JsonText.write(document));
    }

    /**
     * The document under the key, unmodifiable and in the order it was written; whole numbers come back as
     * {@code Long} (or {@code BigDecimal} past a long's range), others as {@code BigDecimal}.
     *
     * @throws IllegalArgumentException if the record under the key is not a JSON object
     */
    default Optional<Map<String, Object>> document(String key) {
        return get(key).map(JsonText::readObject);
    }

    /** The documents whose keys start with {@code prefix}, in key order, at most {@code limit}; other records are skipped. */
    default Map<String, Map<String, Object>> documents(String prefix, int limit) {
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        list(prefix, limit).forEach((key, json) -> {
            try {
                documents.put(key, JsonText.readObject(json));
            } catch (IllegalArgumentException notADocument) {
                // a text record under the same prefix
            }
        });
        return documents;
    }
}
