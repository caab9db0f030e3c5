/**
 * A person's rights over their data (PIPL/GDPR style), for people and the API: a copy of everything the site holds
 * about them ({@code GET /api/v1/me/export}, a link on the profile; admins for anyone) and erasure
 * ({@code DELETE /api/v1/me} with the password, {@code /profile/erase}; admins from the users page).
 *
 * <p>It gathers every feature's {@link qiao.portal.privacy.PersonalRecords} through CDI and never reads a feature's
 * tables itself; erasure runs all of them in one transaction, identity's last. May call identity (who is calling,
 * the password check, the last-admin rule) and web. Fires no event; exports and erasures are logged to
 * {@code qiao.audit.privacy}.
 */
package qiao.portal.privacy.rights;
