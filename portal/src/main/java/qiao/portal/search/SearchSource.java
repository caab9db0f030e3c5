package qiao.portal.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qiao.api.event.PortalEvent;
import qiao.portal.identity.Person;

/**
 * One kind of content that people can find, provided by the feature that owns it (as a CDI bean):
 * the search feature never reads another feature's tables, it asks here. A new kind of document is
 * one more implementation.
 */
public interface SearchSource {

    /** The kind of content, as in {@link SearchDocument#kind()}. */
    String kind();

    /**
     * The documents that should be findable now, of these ids; an id missing from the answer is not
     * (deleted, gone, never was), so the indexer removes it.
     */
    List<SearchDocument> documents(Collection<Long> ids);

    /** Up to {@code limit} ids of this kind greater than {@code after}, ascending: what a reindex walks. */
    List<Long> ids(long after, int limit);

    /** How many documents of this kind there are to index, about. */
    long count();

    /** The ids of this kind in a group (the replies of a thread), for a change that touches them all. */
    List<Long> members(long group);

    /**
     * What documents of this kind an event of the portal makes out of date; called in the writing
     * transaction, so the changes are recorded with the write or not at all.
     */
    List<SearchChange> changes(PortalEvent event);

    /**
     * Of these ids, the ones this person (empty: an anonymous visitor) may read now: a last check on
     * the hits of a query, so content deleted or moved a moment ago is never shown from the index.
     */
    Set<Long> readable(Optional<Person> person, Collection<Long> ids);
}
