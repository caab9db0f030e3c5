/**
 * Accounts and who is calling: local sign-up and sign-in with PBKDF2 password hashes, profiles,
 * the roles user, staff, moderator and admin, browser sessions and API bearer tokens (both stored
 * only as hashes, both revocable), sign-in rate limits per account and per client address, public
 * profiles, and the first administrator.
 *
 * <p>{@link qiao.portal.identity.Caller} is the current request's caller; services ask it before
 * every write ({@code caller.require(Role.ADMIN)}). Other features know a person as a
 * {@link qiao.portal.identity.Person} (an id and roles) and as an {@link qiao.portal.identity.Author}
 * (names to show), never as the {@code Account} entity. Fires {@code AccountCreated} and
 * {@code AccountRenamed}.
 *
 * <p>An erased account ({@code AccountRecords}, the privacy SPI's {@code account} section) keeps its row for what it
 * wrote, signs nobody in, keeps its name reserved only as a hash, and is shown as a deleted user.
 */
package qiao.portal.identity;
