/**
 * Telling people what concerns them: in-app notifications with an unread count. Notify observes the
 * portal's events inside the writing transaction (so none is lost or sent for nothing), works out
 * itself who is concerned (with {@link qiao.portal.community.ThreadAudience}) and tells only those who
 * may read the thread; listing and counting check {@link qiao.portal.community.ThreadAccess} again, so
 * what someone may no longer read is hidden from them. {@code NotificationRecords} exports and erases a person's.
 */
package qiao.portal.notify;
