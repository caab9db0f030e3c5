package qiao.api.plugin;

import java.util.Set;

/** The places of a page a {@link PageSlot} can fill. Themes place them; a theme without a slot simply leaves it out. */
public final class Slots {

    /**
     * In the head of every page: only {@link qiao.api.html.SafeHtml#meta} and {@link qiao.api.html.SafeHtml#stylesheet}
     * (a stylesheet of the plugin's own {@code static/} folder, served at {@code /p/<plugin>/_static/…}). Anything
     * else is left out and counted as a failure; a head fragment cannot be dismissed.
     */
    public static final String HEAD = "head";
    /** Above the content of every page. */
    public static final String BANNER = "banner";
    /** On a thread's page, under the question. {@link SlotRequest#threadId()} says which thread. */
    public static final String THREAD_AFTER_QUESTION = "thread.after-question";
    /** On a thread's page, beside it. */
    public static final String THREAD_SIDEBAR = "thread.sidebar";
    /** On a person's public profile. {@link SlotRequest#accountId()} says whose. */
    public static final String PROFILE = "profile";
    /** On the admin's plugin page, for the plugin's own figures. */
    public static final String ADMIN_DASHBOARD = "admin.dashboard";

    public static final Set<String> ALL = Set.of(HEAD, BANNER, THREAD_AFTER_QUESTION, THREAD_SIDEBAR, PROFILE, ADMIN_DASHBOARD);

    private Slots() {
    }
}
