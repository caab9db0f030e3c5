package qiao.portal.search;

import java.time.Instant;
import java.util.Set;

/**
 * A query as both engines take it: the text part, and filters that every hit must pass. Only
 * documents of {@code scopes} are ever looked at; an empty set finds nothing.
 *
 * @param kinds  kinds of document (thread, post, article); empty for all
 * @param types  finer kinds (question, suggestion…); empty for all
 * @param solved only solved (true) or unsolved (false) threads' content; null for both
 * @param from   written at or after; null for no limit
 * @param until  written before; null for no limit
 */
public record EngineQuery(TextQuery text, Set<String> scopes, Set<String> kinds, Set<String> types, Boolean solved,
        Instant from, Instant until, boolean newestFirst, int offset, int size, boolean countScopes) {

    public EngineQuery {
        scopes = Set.copyOf(scopes);
        kinds = Set.copyOf(kinds);
        types = Set.copyOf(types);
    }
}
