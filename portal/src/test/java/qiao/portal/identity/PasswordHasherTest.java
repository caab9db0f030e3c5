package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void matchesOnlyTheSamePassword() {
        String hash = PasswordHasher.hash("correct horse 电池 staple");
        assertTrue(PasswordHasher.matches("correct horse 电池 staple", hash));
        assertFalse(PasswordHasher.matches("correct horse 电池 staple ", hash));
        assertFalse(PasswordHasher.matches("", hash));
    }

    @Test
    void saltsEveryHashAndRecordsTheWork() {
        String a = PasswordHasher.hash("same-password");
        String b = PasswordHasher.hash("same-password");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("pbkdf2-sha512$" + PasswordHasher.ITERATIONS + "$"), a);
        assertTrue(PasswordHasher.ITERATIONS >= 210_000);
    }

    @Test
    void refusesMalformedStoredValues() {
        assertFalse(PasswordHasher.matches("x", null));
        assertFalse(PasswordHasher.matches("x", "plain-text"));
        assertFalse(PasswordHasher.matches("x", "md5$1$2$3"));
    }
}
