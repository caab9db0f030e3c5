package qiao.portal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InsertOrderTest {

    private static Table table(String name, Map<String, String> references, String... nullable) {
        return new Table(name, List.of(), List.of("id"), references, Set.of(nullable));
    }

    @Test
    void referencedTablesComeFirstAndACycleWaitsOnItsNullableReference() {
        Map<String, Table> schema = new LinkedHashMap<>();
        schema.put("reveal", table("reveal", Map.of("post_id", "post", "account_id", "account")));
        schema.put("post", table("post", Map.of("thread_id", "thread", "author_id", "account")));
        schema.put("thread", table("thread", Map.of("accepted_post_id", "post", "author_id", "account",
                "merged_into", "thread"), "accepted_post_id", "merged_into"));
        schema.put("account", table("account", Map.of()));
        Map<String, Set<String>> deferred = new LinkedHashMap<>();
        List<String> order = Restore.InsertOrder.of(schema, schema.keySet(), deferred);
        assertEquals(List.of("account", "thread", "post", "reveal"), order);
        assertEquals(Map.of("thread", Set.of("merged_into", "accepted_post_id")), deferred);
    }

    @Test
    void aCycleOfRequiredReferencesCannotBeOrdered() {
        Map<String, Table> schema = Map.of("a", table("a", Map.of("b_id", "b")), "b", table("b", Map.of("a_id", "a")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Restore.InsertOrder.of(schema, schema.keySet(), new LinkedHashMap<>()));
        assertTrue(e.getMessage().contains("cycle"));
    }
}
