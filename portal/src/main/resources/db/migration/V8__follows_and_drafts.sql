-- Who follows which thread or board (to hear of replies, new threads and status changes).
CREATE TABLE follow (
    account_id   BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    target_type  VARCHAR(8)  NOT NULL,
    target_id    BIGINT      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, target_type, target_id)
);
CREATE INDEX follow_target_ix ON follow (target_type, target_id);

-- The composer's unsent text, one per person per place (a thread, or a board's new-thread form).
CREATE TABLE draft (
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    draft_key    VARCHAR(80)  NOT NULL,
    title        VARCHAR(200),
    body         VARCHAR(200000) NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, draft_key)
);
