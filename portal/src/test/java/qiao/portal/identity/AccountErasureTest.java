package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qiao.portal.web.FieldErrors;

class AccountErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:30:00Z");

    @Test
    void theReservedKeyIgnoresCaseAndIsNoNameAnyoneCouldChoose() {
        assertEquals(Account.erasedKeyOf("Leaver"), Account.erasedKeyOf("leaver"));
        assertFalse(Account.erasedKeyOf("leaver").contains("leaver"), "the name itself is not kept");
        FieldErrors errors = new FieldErrors();
        AccountRules.username(Account.erasedKeyOf("leaver"), errors);
        assertFalse(errors.isEmpty(), "no sign-up can take the reserved key as a name");
        assertTrue(Account.erasedKeyOf("x".repeat(32)).length() <= 80, "fits the column");
    }

    @Test
    void erasingForgetsHowThePersonSignedInAndWhatTheySaidAboutThemselves() {
        Account account = new Account("leaver", "leaver@example.com", PasswordHasher.hash("correct-horse-battery"), "UTC",
                Locale.ENGLISH, NOW);
        account.updateProfile(new Profile("真名", "leaver@example.com", "UTC", Locale.ENGLISH, "ink",
                LocalDate.of(1990, 3, 14), "我的手机 13812345678"), NOW);
        account.grant(Role.ADMIN, NOW);
        account.erase(NOW.plusSeconds(60));
        assertTrue(account.erased());
        assertNull(account.email());
        assertNull(account.passwordHash());
        assertFalse(PasswordHasher.matches("correct-horse-battery", account.passwordHash()));
        assertEquals("", account.displayName());
        assertNull(account.bio());
        assertNull(account.birthday());
        assertNull(account.theme());
        assertEquals(Set.of(Role.USER), account.roles());
        assertTrue(account.username().startsWith("~"));
    }
}
