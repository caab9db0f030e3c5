-- Tags: admins keep a managed list (offered in the composer, some for staff only); where a board
-- allows free tags, members may also make new ones by using them.
CREATE SEQUENCE tag_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE tag (
    id           BIGINT       PRIMARY KEY,
    name         VARCHAR(32)  NOT NULL,
    description  VARCHAR(300),
    managed      BOOLEAN      NOT NULL,
    staff_only   BOOLEAN      NOT NULL,
    created_by   BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tag_name_uq UNIQUE (name)
);

CREATE TABLE thread_tag (
    thread_id  BIGINT NOT NULL REFERENCES thread (id),
    tag_id     BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (thread_id, tag_id)
);
-- Filtering a board by tag starts from the tag.
CREATE INDEX thread_tag_tag_ix ON thread_tag (tag_id, thread_id);

-- A thread's tag names, space-separated, so lists show them without a join.
ALTER TABLE thread ADD COLUMN tag_names VARCHAR(200) DEFAULT '' NOT NULL;

ALTER TABLE board ADD COLUMN free_tags BOOLEAN DEFAULT TRUE NOT NULL;
-- A short mark shown in the board's colour (an emoji or a character or two).
ALTER TABLE board ADD COLUMN icon VARCHAR(16);

-- Members who moderate one board (site moderators moderate every board).
CREATE TABLE board_moderator (
    board_id    BIGINT NOT NULL REFERENCES board (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (board_id, account_id)
);
CREATE INDEX board_moderator_account_ix ON board_moderator (account_id);
