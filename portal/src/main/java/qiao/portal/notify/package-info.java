/**
 * Telling people what concerns them: in-app notifications with an unread count, made when
 * community events happen (a reply to your thread, a mention, your answer accepted). Notifications
 * are written in the same transaction as what caused them, so none is lost or sent for nothing.
 */
package qiao.portal.notify;
