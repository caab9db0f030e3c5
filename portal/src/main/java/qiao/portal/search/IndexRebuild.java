package qiao.portal.search;

import java.util.List;

/** A new index being filled while the old one serves; it replaces the old one in one step. */
public interface IndexRebuild {

    void write(List<IndexWrite> writes);

    /** Makes this the live index, atomically for searchers, and drops the old one. */
    void swap();

    /** Drops this index; the live one stays. */
    void abandon();
}
