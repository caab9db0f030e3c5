/**
 * Accounts and who is calling: local sign-up and sign-in with PBKDF2 password hashes, profiles,
 * the roles user, staff, moderator and admin, browser sessions and API bearer tokens (both stored
 * only as hashes, both revocable), sign-in rate limits, and the first administrator.
 *
 * <p>{@link qiao.portal.identity.Caller} is the current request's account; services ask it before
 * every write ({@code caller.require(Role.ADMIN)}).
 */
package qiao.portal.identity;
