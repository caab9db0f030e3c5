package qiao.portal.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an archive with a passphrase for the trip off the server: AES-256-GCM in segments of
 * 1 MiB (so neither side holds a whole archive in memory), the key made from the passphrase with
 * PBKDF2-HMAC-SHA256. Each segment carries its number and whether it is the last one in its
 * authenticated data, so segments cannot be reordered, dropped or cut off without notice.
 *
 * <pre>QIAOENC1 | salt(16) | iterations(int) | nonce prefix(8) | { last(byte) length(int) ciphertext }…</pre>
 */
final class ArchiveCipher {

    static final int MIN_PASSPHRASE = 12;
    private static final byte[] MAGIC = "QIAOENC1".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1 << 20;
    private static final int ITERATIONS = 310_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ArchiveCipher() {
    }

    /** Whether a stream starts like an encrypted archive (it is then consumed by 8 bytes). */
    static boolean isEncrypted(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC);
    }

    /** Copies {@code plain} to {@code out} encrypted with the passphrase. */
    static void encrypt(InputStream plain, OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = random(16);
        byte[] prefix = random(8);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.write(salt);
        data.writeInt(ITERATIONS);
        data.write(prefix);
        SecretKeySpec key = key(passphrase, salt, ITERATIONS);
        byte[] buffer = new byte[SEGMENT];
        int n = plain.readNBytes(buffer, 0, SEGMENT);
        int index = 0;
        while (true) {
            byte[] next = new byte[SEGMENT];
            int following = n == SEGMENT ? plain.readNBytes(next, 0, SEGMENT) : 0;
            boolean last = following == 0;
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, prefix, index++, last, buffer, n);
            data.writeByte(last ? 1 : 0);
            data.writeInt(sealed.length);
            data.write(sealed);
            if (last) {
                break;
            }
            buffer = next;
            n = following;
        }
        data.flush();
    }

    /** Copies an encrypted archive to {@code out} in plain; a wrong passphrase or any damage is an IOException. */
    static void decrypt(InputStream encrypted, OutputStream out, char[] passphrase) throws IOException {
        DataInputStream data = new DataInputStream(encrypted);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!isEncrypted(magic)) {
            throw new IOException("not an encrypted Qiao archive");
        }
        byte[] salt = data.readNBytes(16);
        int iterations = data.readInt();
        byte[] prefix = data.readNBytes(8);
        SecretKeySpec key = key(passphrase, salt, iterations);
        for (int index = 0; ; index++) {
            boolean last;
            byte[] sealed;
            try {
                last = data.readByte() == 1;
                int length = data.readInt();
                if (length < 16 || length > SEGMENT + 16) {
                    throw new IOException("damaged encrypted archive (segment " + index + ")");
                }
                sealed = data.readNBytes(length);
                if (sealed.length != length) {
                    throw new EOFException();
                }
            } catch (EOFException cut) {
                throw new IOException("the encrypted archive is cut short (after segment " + index + ")");
            }
            out.write(crypt(Cipher.DECRYPT_MODE, key, prefix, index, last, sealed, sealed.length));
            if (last) {
                return;
            }
        }
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] prefix, int index, boolean last, byte[] bytes,
            int length) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(ByteBuffer.allocate(5).putInt(index).put((byte) (last ? 1 : 0)).array());
            return cipher.doFinal(bytes, 0, length);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IOException("wrong passphrase, or the encrypted archive is damaged (segment " + index + ")");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt") + " the archive", e);
        }
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws IOException {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot derive the archive key", e);
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** For tests: the bytes encrypted. */
    static byte[] encrypt(byte[] plain, char[] passphrase) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encrypt(new java.io.ByteArrayInputStream(plain), out, passphrase);
        return out.toByteArray();
    }
}
