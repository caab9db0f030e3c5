/**
 * Events the portal publishes about things that happened. They are plain, immutable records so a
 * plugin can keep them, log them or send them elsewhere without holding on to portal internals.
 */
package qiao.api.event;
