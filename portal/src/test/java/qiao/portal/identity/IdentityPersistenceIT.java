package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import qiao.portal.Deployments;

/**
 * Runs inside Liberty against the configured database (H2 in one run, PostgreSQL in the other):
 * the migrated schema, and accounts, tokens and attempts surviving the round trip exactly.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityPersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AccountService accounts;

    @Inject
    AuthTokens tokens;

    @Inject
    SignInThrottle throttle;

    @Resource(lookup = "jdbc/qiao")
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void everyMigrationIsApplied() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1);
        }
    }

    @Test
    void accountsRoundTripWithChineseTextAndExactTimes() {
        String name = unique("pers");
        Account created = accounts.signUp(new SignUp(name, name + "@Example.COM", "correct-horse-battery"),
                Locale.forLanguageTag("zh-CN"), ZoneId.of("Asia/Shanghai"));
        Account loaded = accounts.findByUsername(name.toUpperCase(Locale.ROOT)).orElseThrow();
        assertEquals(created.id(), loaded.id());
        assertEquals(name + "@example.com", loaded.email(), "e-mail addresses are stored in lower case");
        assertEquals("Asia/Shanghai", loaded.timeZone());
        assertEquals(Locale.forLanguageTag("zh-CN"), loaded.language());
        assertEquals(created.createdAt().truncatedTo(ChronoUnit.MILLIS), loaded.createdAt().truncatedTo(ChronoUnit.MILLIS));
        assertTrue(loaded.has(Role.USER));
        assertFalse(loaded.has(Role.STAFF));
        assertTrue(PasswordHasher.matches("correct-horse-battery", loaded.passwordHash()));
    }

    @Test
    void usernamesAndEmailsAreUnique() {
        String name = unique("uniq");
        accounts.signUp(new SignUp(name, name + "@example.com", "correct-horse-battery"), Locale.ENGLISH, ZoneId.of("UTC"));
        assertThrows(Taken.class, () -> accounts.signUp(new SignUp(name.toUpperCase(Locale.ROOT), "other-" + name + "@example.com",
                "correct-horse-battery"), Locale.ENGLISH, ZoneId.of("UTC")));
        assertThrows(Taken.class, () -> accounts.signUp(new SignUp("other" + name, name + "@EXAMPLE.com",
                "correct-horse-battery"), Locale.ENGLISH, ZoneId.of("UTC")));
    }

    @Test
    void tokensResolveUntilRevoked() {
        String name = unique("tok");
        Account account = accounts.signUp(new SignUp(name, name + "@example.com", "correct-horse-battery"),
                Locale.ENGLISH, ZoneId.of("UTC"));
        String session = tokens.issue(account.id(), AuthToken.Kind.SESSION, null).token();
        String api = tokens.issue(account.id(), AuthToken.Kind.API, "ci").token();
        assertEquals(account.id(), tokens.resolve(session, AuthToken.Kind.SESSION).orElseThrow().id());
        assertTrue(tokens.resolve(session, AuthToken.Kind.API).isEmpty(), "a session token is not an API token");
        assertEquals(1, tokens.revokeAllExcept(account.id(), session));
        assertTrue(tokens.resolve(api, AuthToken.Kind.API).isEmpty());
        assertTrue(tokens.resolve(session, AuthToken.Kind.SESSION).isPresent());
        tokens.revoke(session);
        assertTrue(tokens.resolve(session, AuthToken.Kind.SESSION).isEmpty());
    }

    @Test
    void throttleCountsFailuresSinceTheLastSuccess() {
        String key = unique("thr");
        String address = "192.0.2." + (System.nanoTime() % 200);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            throttle.record(key, address, false);
        }
        assertTrue(throttle.wait(key, address).isEmpty());
        throttle.record(key, address, true);
        throttle.record(key, address, false);
        assertTrue(throttle.wait(key, address).isEmpty(), "a success resets the account's count");
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            throttle.record(key, address, false);
        }
        java.time.Duration locked = throttle.wait(key, address).orElseThrow();
        assertTrue(locked.compareTo(SignInThrottle.WINDOW.minusMinutes(1)) > 0, "until the oldest failure is 15 minutes old");
        assertTrue(throttle.wait(unique("other"), "198.51.100.1").isEmpty(), "other accounts and addresses are unaffected");
    }

    @Test
    void anAddressWithManyFailuresIsSlowedNotLockedOut() {
        String address = "198.18." + (System.nanoTime() % 200) + "." + (System.nanoTime() % 199);
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            throttle.record(unique("guess"), address, false);
        }
        String innocent = unique("innocent");
        java.time.Duration first = throttle.wait(innocent, address).orElseThrow();
        assertTrue(first.compareTo(java.time.Duration.ofSeconds(1)) <= 0, "a second's wait, not fifteen minutes: " + first);
        for (int i = 0; i < 30; i++) {
            throttle.record(unique("guess"), address, false);
        }
        java.time.Duration slowed = throttle.wait(innocent, address).orElseThrow();
        assertTrue(slowed.compareTo(java.time.Duration.ofSeconds(30)) > 0, "guessers crawl: " + slowed);
        assertTrue(slowed.compareTo(SignInThrottle.LONGEST_WAIT) <= 0, "never longer than a minute: " + slowed);
    }
}
