/** A plugin's own pages and JSON under {@code /p/{pluginId}/…}: {@link qiao.api.web.Route} and its request and response. */
package qiao.api.web;
