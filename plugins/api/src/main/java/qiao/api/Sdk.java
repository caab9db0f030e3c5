package qiao.api;

/**
 * The version of this SDK. A plugin names the versions it works with in its manifest ({@code Plugin-Requires}, for
 * example {@code >=1.0.0 & <2.0.0}); the portal refuses a plugin whose range does not hold its SDK's version.
 * Additions raise the minor version, so a plugin built for 1.0 runs on every 1.x.
 */
public final class Sdk {

    public static final String VERSION = "1.1.0";

    private Sdk() {
    }
}
