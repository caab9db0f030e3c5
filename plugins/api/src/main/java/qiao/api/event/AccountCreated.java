package qiao.api.event;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A new account exists: someone signed up, or the portal created the first administrator.
 *
 * @param accountId the account's stable id
 * @param username  the sign-in name, unique across the site
 * @param locale    the language the account chose (or was given) at creation
 * @param createdAt when the account was created
 */
public record AccountCreated(long accountId, String username, Locale locale, Instant createdAt) {
    public AccountCreated {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
