-- Search: what changed and must be indexed again (written in the transaction of the change, drained by
-- the indexer), the indexer's own state, and the similar questions a writer was shown while composing.
CREATE SEQUENCE search_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE search_outbox (
    id           BIGINT        PRIMARY KEY,
    kind         VARCHAR(32)   NOT NULL,
    content_id   BIGINT        NOT NULL,
    whole_group  BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A few named values: which database the index belongs to, the change sequence, a reindex's progress,
-- the last error. Not backed up: the index is rebuilt from the content after a restore.
CREATE TABLE search_state (
    name         VARCHAR(64)   PRIMARY KEY,
    num          BIGINT,
    text         VARCHAR(2000),
    at           TIMESTAMP WITH TIME ZONE
);

-- One composing session that was shown similar solved questions: whether the writer opened one, and
-- whether they posted their question anyway. Self-service answered it when they opened one and did not.
CREATE TABLE search_deflection (
    token             VARCHAR(64)   PRIMARY KEY,
    account_id        BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    shown_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    suggestions       INT           NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE,
    opened_kind       VARCHAR(32),
    opened_id         BIGINT,
    posted_at         TIMESTAMP WITH TIME ZONE,
    posted_thread_id  BIGINT
);
CREATE INDEX search_deflection_shown_ix ON search_deflection (shown_at);
