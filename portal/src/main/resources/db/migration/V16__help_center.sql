-- The help center: sections (a category holds sections; one level), articles with their revisions and
-- translations, and what readers said of them ("Was this helpful?").
CREATE SEQUENCE help_section_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE help_section (
    id           BIGINT        PRIMARY KEY,
    slug         VARCHAR(64)   NOT NULL,
    name         VARCHAR(80)   NOT NULL,
    description  VARCHAR(500),
    icon         VARCHAR(16),
    parent_id    BIGINT        REFERENCES help_section (id),
    access       VARCHAR(16)   NOT NULL,
    position     INTEGER       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT help_section_slug_uq UNIQUE (slug)
);

CREATE SEQUENCE help_article_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE help_article (
    id                 BIGINT          PRIMARY KEY,
    section_id         BIGINT          NOT NULL REFERENCES help_section (id),
    lang               VARCHAR(8)      NOT NULL,
    -- "title" is what readers see, personal data masked; "title_raw" as typed
    title              VARCHAR(200)    NOT NULL,
    title_raw          VARCHAR(200)    NOT NULL,
    body_raw           VARCHAR(200000) NOT NULL,
    body_html          VARCHAR(800000) NOT NULL,
    personal_data      BOOLEAN         NOT NULL,
    labels             VARCHAR(400)    NOT NULL,
    state              VARCHAR(16)     NOT NULL,
    -- a publication set for later; readers see a published article once this has passed
    publish_at         TIMESTAMP WITH TIME ZONE,
    published_at       TIMESTAMP WITH TIME ZONE,
    position           INTEGER         NOT NULL,
    -- the articles of one group are translations of one another (the first one's id)
    translation_group  BIGINT          NOT NULL,
    -- the solved thread it was promoted from (a community thread; no key across features)
    source_thread_id   BIGINT,
    author_id          BIGINT          NOT NULL REFERENCES account (id),
    updated_by         BIGINT          NOT NULL REFERENCES account (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    revision           INTEGER         NOT NULL,
    view_count         BIGINT          NOT NULL,
    helpful_count      INTEGER         NOT NULL,
    unhelpful_count    INTEGER         NOT NULL
);
CREATE INDEX help_article_section_ix ON help_article (section_id, state, position);
CREATE INDEX help_article_due_ix ON help_article (state, publish_at);
CREATE INDEX help_article_group_ix ON help_article (translation_group);
CREATE INDEX help_article_source_ix ON help_article (source_thread_id);

-- the labels of help_article.labels, one row each, so "articles sharing a label" is an index lookup
CREATE TABLE help_article_label (
    article_id  BIGINT      NOT NULL REFERENCES help_article (id),
    label       VARCHAR(40) NOT NULL,
    PRIMARY KEY (article_id, label)
);
CREATE INDEX help_article_label_ix ON help_article_label (label, article_id);

CREATE SEQUENCE help_article_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE help_article_revision (
    id           BIGINT          PRIMARY KEY,
    article_id   BIGINT          NOT NULL REFERENCES help_article (id),
    revision     INTEGER         NOT NULL,
    title_raw    VARCHAR(200)    NOT NULL,
    body_raw     VARCHAR(200000) NOT NULL,
    labels       VARCHAR(400)    NOT NULL,
    edited_by    BIGINT          NOT NULL REFERENCES account (id),
    edited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT help_article_revision_uq UNIQUE (article_id, revision)
);

-- One answer per reader: an account, or a browser (a random id in a cookie, kept as its SHA-256).
CREATE SEQUENCE help_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE help_feedback (
    id           BIGINT         PRIMARY KEY,
    article_id   BIGINT         NOT NULL REFERENCES help_article (id),
    account_id   BIGINT         REFERENCES account (id) ON DELETE CASCADE,
    browser      VARCHAR(64),
    helpful      BOOLEAN        NOT NULL,
    comment      VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT help_feedback_account_uq UNIQUE (article_id, account_id),
    CONSTRAINT help_feedback_browser_uq UNIQUE (article_id, browser)
);
