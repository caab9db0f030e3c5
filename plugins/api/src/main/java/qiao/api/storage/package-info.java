/** A plugin's records in the portal's database: {@link qiao.api.storage.PluginStorage}. */
package qiao.api.storage;
