package qiao.portal.plugin;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A plugin file's description, read before anything is installed: a jar's manifest ({@code Plugin-Id},
 * {@code Plugin-Version}, {@code Plugin-Requires}…) or a zip's {@code plugin.properties} ({@code plugin.id}…).
 */
record PluginFile(String id, String version, String requires, String description, String fileName, String sha256, boolean zip) {

    static final String ID_PATTERN = "[a-z][a-z0-9-]{1,63}";

    /** Reads the description of a plugin file's bytes; its file name becomes {@code <id>-<version>.jar} or {@code .zip}. */
    static PluginFile read(byte[] content) throws InvalidPlugin {
        boolean zip = content.length > 4 && isZipWithProperties(content);
        Properties p = new Properties();
        try {
            if (zip) {
                try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(content))) {
                    for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                        if (e.getName().equals("plugin.properties")) {
                            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                            break;
                        }
                    }
                }
                return of(p.getProperty("plugin.id"), p.getProperty("plugin.version"), p.getProperty("plugin.requires"),
                        p.getProperty("plugin.description"), content, true);
            }
            try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(content))) {
                Manifest manifest = in.getManifest();
                if (manifest == null) {
                    throw new InvalidPlugin("plugins.invalid.notPlugin");
                }
                var a = manifest.getMainAttributes();
                return of(a.getValue("Plugin-Id"), a.getValue("Plugin-Version"), a.getValue("Plugin-Requires"),
                        a.getValue("Plugin-Description"), content, false);
            }
        } catch (IOException e) {
            throw new InvalidPlugin("plugins.invalid.notPlugin");
        }
    }

    private static boolean isZipWithProperties(byte[] content) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("plugin.properties")) {
                    return true;
                }
            }
        } catch (IOException notAZip) {
            return false;
        }
        return false;
    }

    private static PluginFile of(String id, String version, String requires, String description, byte[] content, boolean zip) throws InvalidPlugin {
        if (id == null || !id.strip().matches(ID_PATTERN)) {
            throw new InvalidPlugin("plugins.invalid.id");
        }
        if (version == null || !version.strip().matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?")) {
            throw new InvalidPlugin("plugins.invalid.version");
        }
        String range = requires == null || requires.isBlank() ? "*" : requires.strip();
        String text = description == null ? "" : description.strip();
        return new PluginFile(id.strip(), version.strip(), range, text.length() > 500 ? text.substring(0, 500) : text,
                id.strip() + "-" + version.strip() + (zip ? ".zip" : ".jar"), sha256(content), zip);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file that is no plugin Qiao can load; the message key says why. */
    static final class InvalidPlugin extends Exception {
        private final String messageKey;

        InvalidPlugin(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
