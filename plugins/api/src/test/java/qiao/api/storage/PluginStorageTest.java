package qiao.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PluginStorageTest {

    /** The records as a sorted map: what the portal keeps in its database, for the documents' own logic. */
    private static final class Memory implements PluginStorage {
        final TreeMap<String, String> records = new TreeMap<>();

        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(records.get(key));
        }

        @Override
        public void put(String key, String value) {
            records.put(key, value);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return records.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean delete(String key) {
            return records.remove(key) != null;
        }

        @Override
        public Map<String, String> list(String prefix, int limit) {
            Map<String, String> found = new TreeMap<>();
            records.tailMap(prefix).entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).limit(limit)
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
            return found;
        }

        @Override
        public PluginStorage of(long accountId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aDocumentIsARecordOfJsonText() {
        Memory storage = new Memory();
        storage.putDocument("tally/2027-02-06", Map.of("replies", 42, "tags", List.of("春节")));
        assertEquals(42L, storage.document("tally/2027-02-06").orElseThrow().get("replies"));
        assertEquals(List.of("春节"), storage.document("tally/2027-02-06").orElseThrow().get("tags"));
        assertEquals(Optional.empty(), storage.document("tally/2027-02-07"));
        storage.putDocument("x", Map.of("n", 1));
        assertEquals("{\"n\":1}", storage.get("x").orElseThrow(), "get reads a document's JSON");
    }

    @Test
    void documentsUnderAPrefixSkipTextRecords() {
        Memory storage = new Memory();
        storage.putDocument("tally/1", Map.of("n", 1));
        storage.put("tally/note", "plain text");
        storage.putDocument("tally/2", Map.of("n", 2));
        storage.putDocument("other", Map.of("n", 3));
        assertEquals(Map.of("tally/1", Map.of("n", 1L), "tally/2", Map.of("n", 2L)), storage.documents("tally/", 10));
        assertThrows(IllegalArgumentException.class, () -> storage.document("tally/note"));
    }
}
