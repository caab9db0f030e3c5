package qiao.portal.plugin;

/** A call into a plugin threw, ran past its time box, or found all the plugin's threads busy; already counted. */
final class PluginCallFailed extends Exception {

    PluginCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
