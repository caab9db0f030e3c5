package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.Languages;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob_2", "li.ming", "x-y-z", "A1b"})
    void acceptsOrdinaryUsernames(String name) {
        FieldErrors errors = new FieldErrors();
        assertEquals(name, AccountRules.username("  " + name + " ", errors));
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "_alice", "a b", "<script>", "小明", "averyveryveryveryverylongusername1", "al\u200Bice"})
    void refusesOtherUsernames(String name) {
        FieldErrors errors = new FieldErrors();
        AccountRules.username(name, errors);
        assertTrue(errors.has("username"), name);
    }

    @Test
    void lowerCasesEmailAndChecksItsShape() {
        FieldErrors errors = new FieldErrors();
        assertEquals("ming@example.cn", AccountRules.email(" Ming@Example.CN ", errors));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] {"", "ming", "ming@", "@example.com", "a@b", "a b@example.com", "<a>@example.com"}) {
            FieldErrors e = new FieldErrors();
            AccountRules.email(bad, e);
            assertTrue(e.has("email"), bad);
        }
    }

    @Test
    void passwordsNeedLengthAndMustNotBeObvious() {
        assertTrue(has(e -> AccountRules.password("password", "short", "bob", e)));
        assertTrue(has(e -> AccountRules.password("password", "x".repeat(257), "bob", e)));
        assertTrue(has(e -> AccountRules.password("password", "1234567890", "bob", e)));
        assertTrue(has(e -> AccountRules.password("password", "bobbybobby", "bobbybobby", e)));
        assertFalse(has(e -> AccountRules.password("password", "  spaces count too ", "bob", e)));
        assertFalse(has(e -> AccountRules.password("password", "长城长城长城长城长城", "bob", e)));
    }

    @Test
    void displayNamesAllowChineseButNotTagsOrInvisibleCharacters() {
        FieldErrors ok = new FieldErrors();
        assertEquals("小明 Ming", AccountRules.displayName("  小明 Ming ", ok));
        assertTrue(ok.isEmpty());
        for (String bad : new String[] {"", "   ", "<b>x</b>", "a\u200Bb", "a\u202Eb", "a\u0007b", "名".repeat(51)}) {
            FieldErrors e = new FieldErrors();
            AccountRules.displayName(bad, e);
            assertTrue(e.has("displayName"), bad);
        }
    }

    @Test
    void normalizesToNfcSoLookalikesAreEqual() {
        FieldErrors errors = new FieldErrors();
        assertEquals("Zoë", AccountRules.displayName("Zoe\u0308", errors));
    }

    @Test
    void bioKeepsLinesButNotControlCharacters() {
        FieldErrors errors = new FieldErrors();
        assertEquals("one\ntwo", AccountRules.bio("one\r\ntwo", errors));
        assertNull(AccountRules.bio("   ", errors));
        assertTrue(errors.isEmpty());
        assertTrue(has(e -> AccountRules.bio("bell\u0007", e)));
    }

    @Test
    void birthdaysAreRealPastDates() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        FieldErrors errors = new FieldErrors();
        assertEquals(LocalDate.of(1990, 2, 28), AccountRules.birthday("1990-02-28", today, errors));
        assertNull(AccountRules.birthday("", today, errors));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] {"1990-02-30", "2026-11-23", "1899-12-31", "tomorrow", "28/02/1990"}) {
            assertTrue(has(e -> AccountRules.birthday(bad, today, e)), bad);
        }
    }

    @Test
    void timeZonesAndLanguagesComeFromTheLists() {
        assertFalse(has(e -> AccountRules.timeZone("Asia/Shanghai", e)));
        assertTrue(has(e -> AccountRules.timeZone("Asia/Beijing", e)));
        assertTrue(has(e -> AccountRules.timeZone("", e)));
        FieldErrors errors = new FieldErrors();
        assertEquals(Languages.EN, AccountRules.language("en-US", errors));
        assertTrue(errors.isEmpty());
        assertTrue(has(e -> AccountRules.language("fr", e)));
    }

    private static boolean has(java.util.function.Consumer<FieldErrors> check) {
        FieldErrors errors = new FieldErrors();
        check.accept(errors);
        return !errors.isEmpty();
    }
}
