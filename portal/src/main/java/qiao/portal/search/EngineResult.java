package qiao.portal.search;

import java.util.List;
import java.util.Map;

/**
 * What an engine found: how many documents matched, one page of them (best first), and, when asked,
 * how many matched in each scope.
 */
public record EngineResult(long total, List<Hit> hits, Map<String, Long> scopeCounts) {

    /** A document that matched, with its score. */
    public record Hit(SearchDocument document, float score) {
    }

    public static EngineResult empty() {
        return new EngineResult(0, List.of(), Map.of());
    }
}
