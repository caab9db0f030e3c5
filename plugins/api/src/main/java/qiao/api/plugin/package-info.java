/**
 * The extension points of a plugin: its {@link qiao.api.plugin.Lifecycle}, {@link qiao.api.plugin.EventListener}s,
 * {@link qiao.api.plugin.ScheduledJob}s and {@link qiao.api.plugin.PageSlot}s (routes are in {@code qiao.api.web}),
 * and the {@link qiao.api.plugin.PluginContext} every call receives. Mark each implementation with PF4J's
 * {@code @Extension}; the portal finds them in the plugin's {@code META-INF/extensions.idx}.
 */
package qiao.api.plugin;
