package qiao.portal.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArchiveCipherTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    private static byte[] decrypt(byte[] sealed, char[] passphrase) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveCipher.decrypt(new ByteArrayInputStream(sealed), out, passphrase);
        return out.toByteArray();
    }

    @Test
    void roundTripsArchivesOfEverySize() throws IOException {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17}) {
            byte[] plain = new byte[size];
            random.nextBytes(plain);
            byte[] sealed = ArchiveCipher.encrypt(plain, PASSPHRASE);
            assertTrue(ArchiveCipher.isEncrypted(sealed));
            assertArrayEquals(plain, decrypt(sealed, PASSPHRASE), "size " + size);
        }
    }

    @Test
    void aWrongPassphraseOrAnyDamageIsRefused() throws IOException {
        byte[] plain = new byte[2 * (1 << 20) + 5];
        new Random(3).nextBytes(plain);
        byte[] sealed = ArchiveCipher.encrypt(plain, PASSPHRASE);
        assertThrows(IOException.class, () -> decrypt(sealed, "another passphrase".toCharArray()));
        byte[] flipped = sealed.clone();
        flipped[flipped.length / 2] ^= 1;
        assertThrows(IOException.class, () -> decrypt(flipped, PASSPHRASE));
        byte[] cut = Arrays.copyOf(sealed, 36 + 5 + (1 << 20) + 16);
        assertThrows(IOException.class, () -> decrypt(cut, PASSPHRASE), "a whole first segment, and nothing after");
        assertFalse(ArchiveCipher.isEncrypted("PK\3\4 a plain zip".getBytes()));
    }
}
