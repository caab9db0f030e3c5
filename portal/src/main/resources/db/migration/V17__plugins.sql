-- Plugins (issue 12): what is installed and whether it runs, kept here so that every node of a cluster follows;
-- each change raises the row's generation, which nodes poll.
CREATE TABLE plugin (
    id              VARCHAR(64)   PRIMARY KEY,
    version         VARCHAR(40)   NOT NULL,
    requires        VARCHAR(100)  NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    bundled         BOOLEAN       NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    file_sha256     VARCHAR(64)   NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    settings        TEXT          NOT NULL,
    failures        INTEGER       NOT NULL,
    last_error      VARCHAR(2000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    disabled_reason VARCHAR(2000),
    generation      BIGINT        NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An installed (uploaded) plugin's file, so that every node loads the same bytes; bundled plugins come with the site.
CREATE TABLE plugin_file (
    plugin_id VARCHAR(64) PRIMARY KEY REFERENCES plugin (id) ON DELETE CASCADE,
    sha256    VARCHAR(64) NOT NULL,
    content   BYTEA       NOT NULL
);

-- A plugin's records: the site's, and (erased with the account) each person's.
CREATE TABLE plugin_data (
    plugin_id  VARCHAR(64)  NOT NULL,
    data_key   VARCHAR(200) NOT NULL,
    data_value TEXT         NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plugin_id, data_key)
);
CREATE TABLE plugin_user_data (
    plugin_id  VARCHAR(64)  NOT NULL,
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    data_key   VARCHAR(200) NOT NULL,
    data_value TEXT         NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plugin_id, account_id, data_key)
);

-- Events waiting for a plugin's listeners, written in the transaction that made the change.
CREATE SEQUENCE plugin_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plugin_event (
    id              BIGINT        PRIMARY KEY,
    plugin_id       VARCHAR(64)   NOT NULL,
    event_type      VARCHAR(100)  NOT NULL,
    payload         TEXT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    parked_at       TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000)
);
CREATE INDEX plugin_event_queue_ix ON plugin_event (plugin_id, parked_at, id);

-- When each plugin job runs next; the job_lease rows keep two nodes from running one at once.
CREATE TABLE plugin_job (
    plugin_id   VARCHAR(64)  NOT NULL,
    job_name    VARCHAR(64)  NOT NULL,
    next_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE,
    last_error  VARCHAR(2000),
    PRIMARY KEY (plugin_id, job_name)
);

-- Notifications from plugins: no thread, their own text and link, and once per key.
ALTER TABLE notification ALTER COLUMN subject SET DATA TYPE VARCHAR(500);
ALTER TABLE notification ADD COLUMN plugin_id VARCHAR(64);
ALTER TABLE notification ADD COLUMN link VARCHAR(300);
ALTER TABLE notification ADD COLUMN once_key VARCHAR(200);
CREATE UNIQUE INDEX notification_plugin_once_ix ON notification (account_id, plugin_id, once_key);

-- The thread page asks every running plugin's note on a thread by key.
CREATE INDEX plugin_data_key_ix ON plugin_data (data_key);

-- A plugin job's lease is named after the plugin and the job.
ALTER TABLE job_lease ALTER COLUMN name SET DATA TYPE VARCHAR(200);
