package qiao.portal.privacy;

/**
 * What one feature holds about one person, for the rights of access and erasure. Each feature implements it in its
 * own package, over its own tables; privacy gathers every implementation and never reads those tables itself.
 */
public interface PersonalRecords {

    /** Identity's section, the account itself: first in an export and erased last, after every feature's records. */
    String ACCOUNT = "account";

    /** The key of this feature's part of an export, e.g. {@code community}. */
    String section();

    /**
     * The person's own records, as JSON-B can write them (records, lists, maps, strings, numbers, instants); never
     * what other people wrote or may keep private.
     */
    Object export(long accountId);

    /** Removes or anonymises the person's records; runs inside the one erasure transaction, so it must not commit. */
    void erase(long accountId);
}
