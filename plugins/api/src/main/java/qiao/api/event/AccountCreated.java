package qiao.api.event;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A new account exists: someone signed up, or the portal created the first administrator.
 *
 * @param accountId the account's stable id (and the actor: an account makes itself)
 * @param username  the sign-in name, unique across the site
 * @param locale    the language the account chose (or was given) at creation
 * @param at        when the account was created
 */
public record AccountCreated(long accountId, String username, Locale locale, Instant at) implements PortalEvent {
    public AccountCreated {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public long actorId() {
        return accountId;
    }
}
