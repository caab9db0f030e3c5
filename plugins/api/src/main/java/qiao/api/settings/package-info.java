/**
 * A plugin's settings: it declares them once ({@link qiao.api.settings.SettingsSchema}, typed: string, text,
 * boolean, number, choice, list, time zone, language); the portal renders them on the admin page, checks every
 * value an admin gives (refusals are message keys, shown in the admin's language) and hands the plugin its
 * {@link qiao.api.settings.Settings} already checked.
 */
package qiao.api.settings;
