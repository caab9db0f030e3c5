-- Accepted answers (官方采纳 when staff accept) and votes on posts and on threads (suggestions).

ALTER TABLE board ADD COLUMN asker_may_accept BOOLEAN DEFAULT TRUE NOT NULL;

ALTER TABLE thread ADD COLUMN accepted_post_id BIGINT REFERENCES post (id);
ALTER TABLE thread ADD COLUMN accepted_by BIGINT REFERENCES account (id);
ALTER TABLE thread ADD COLUMN accepted_by_staff BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE thread ADD COLUMN vote_count INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE post ADD COLUMN vote_count INTEGER DEFAULT 0 NOT NULL;

-- One vote per person: the primary key is the rule.
CREATE TABLE post_vote (
    post_id     BIGINT NOT NULL REFERENCES post (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    voted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, account_id)
);

CREATE TABLE thread_vote (
    thread_id   BIGINT NOT NULL REFERENCES thread (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    voted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (thread_id, account_id)
);
