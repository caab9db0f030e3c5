-- In-app notifications: replies, mentions, accepted answers (and, later, status changes).
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT       PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        VARCHAR(24)  NOT NULL,
    actor_id    BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    thread_id   BIGINT       REFERENCES thread (id) ON DELETE CASCADE,
    post_id     BIGINT       REFERENCES post (id) ON DELETE CASCADE,
    subject     VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_account_ix ON notification (account_id, created_at);
