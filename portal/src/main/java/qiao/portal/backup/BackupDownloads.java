package qiao.portal.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import qiao.portal.web.InvalidInput;

/**
 * A backup on its way off the server: encrypted with the admin's passphrase, or in plain only when
 * the admin asked for exactly that.
 */
@ApplicationScoped
class BackupDownloads {

    @Inject
    Backups backups;

    Response download(long id, String passphrase, boolean unencrypted) {
        Path file = backups.file(id);
        boolean encrypt = passphrase != null && !passphrase.isEmpty();
        if (encrypt && passphrase.codePointCount(0, passphrase.length()) < ArchiveCipher.MIN_PASSPHRASE) {
            throw InvalidInput.of("passphrase", "validation.backup.passphrase", ArchiveCipher.MIN_PASSPHRASE);
        }
        if (!encrypt && !unencrypted) {
            throw InvalidInput.of("passphrase", "validation.backup.passphraseOrPlain", ArchiveCipher.MIN_PASSPHRASE);
        }
        String name = file.getFileName().toString() + (encrypt ? ".enc" : "");
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                if (encrypt) {
                    ArchiveCipher.encrypt(in, out, passphrase.toCharArray());
                } else {
                    in.transferTo(out);
                }
            }
        };
        Response.ResponseBuilder response = Response.ok(body, encrypt ? "application/octet-stream" : "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store");
        return encrypt ? response.build() : response.header("Content-Length", sizeOf(file)).build();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
