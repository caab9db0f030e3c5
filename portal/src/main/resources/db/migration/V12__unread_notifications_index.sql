-- Every page a signed-in person opens asks how many of their notifications are unread.
CREATE INDEX notification_unread_ix ON notification (account_id, read_at);
