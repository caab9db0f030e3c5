-- Community: boards, threads and their posts. Counters are kept on the rows so lists read one table.

CREATE SEQUENCE board_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE thread_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE post_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE board (
    id                BIGINT       PRIMARY KEY,
    slug              VARCHAR(64)  NOT NULL,
    name              VARCHAR(80)  NOT NULL,
    description       VARCHAR(500),
    colour            VARCHAR(7)   NOT NULL,
    position          INTEGER      NOT NULL,
    read_access       VARCHAR(16)  NOT NULL,
    start_access      VARCHAR(16)  NOT NULL,
    reply_access      VARCHAR(16)  NOT NULL,
    thread_count      INTEGER      NOT NULL,
    post_count        INTEGER      NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_slug_uq UNIQUE (slug)
);

CREATE TABLE thread (
    id                BIGINT       PRIMARY KEY,
    board_id          BIGINT       NOT NULL REFERENCES board (id),
    kind              VARCHAR(16)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    -- the title as typed; "title" is what the public sees, with personal data masked
    title_raw         VARCHAR(200) NOT NULL,
    author_id         BIGINT       NOT NULL REFERENCES account (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_count       INTEGER      NOT NULL,
    view_count        BIGINT       NOT NULL,
    pinned            BOOLEAN      NOT NULL,
    locked            BOOLEAN      NOT NULL,
    deleted           BOOLEAN      NOT NULL
);
-- The board list reads threads newest activity first and pages with a (time, id) cursor.
CREATE INDEX thread_board_activity_ix ON thread (board_id, deleted, last_activity_at, id);

CREATE TABLE post (
    id                BIGINT        PRIMARY KEY,
    thread_id         BIGINT        NOT NULL REFERENCES thread (id),
    author_id         BIGINT        NOT NULL REFERENCES account (id),
    position          INTEGER       NOT NULL,
    raw               VARCHAR(200000) NOT NULL,
    cooked            VARCHAR(800000) NOT NULL,
    -- whether the raw text holds personal data that "cooked" shows masked
    personal_data     BOOLEAN       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    idempotency_key   VARCHAR(64),
    CONSTRAINT post_thread_position_uq UNIQUE (thread_id, position),
    -- A form sent twice (double click, retry after a timeout) creates one post.
    CONSTRAINT post_author_idempotency_uq UNIQUE (author_id, idempotency_key)
);

-- Every time a staff member looks at the unmasked text of someone else's post.
CREATE SEQUENCE personal_data_reveal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE personal_data_reveal (
    id           BIGINT       PRIMARY KEY,
    post_id      BIGINT       NOT NULL REFERENCES post (id),
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    revealed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(500) NOT NULL
);
CREATE INDEX personal_data_reveal_post_ix ON personal_data_reveal (post_id);
