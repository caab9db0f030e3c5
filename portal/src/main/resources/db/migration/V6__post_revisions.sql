-- Every edit keeps the text it replaced: nothing written is ever lost.
CREATE SEQUENCE post_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE post_revision (
    id          BIGINT          PRIMARY KEY,
    post_id     BIGINT          NOT NULL REFERENCES post (id),
    revision    INTEGER         NOT NULL,
    raw         VARCHAR(200000) NOT NULL,
    edited_by   BIGINT          NOT NULL REFERENCES account (id),
    edited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT post_revision_uq UNIQUE (post_id, revision)
);
ALTER TABLE post ADD COLUMN edit_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE post ADD COLUMN deleted_by BIGINT REFERENCES account (id);
