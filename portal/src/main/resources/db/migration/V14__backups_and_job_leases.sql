-- Backups of the whole site (the archive files live on disk, under QIAO_BACKUP_DIR), and leases that
-- let one node of a cluster run a scheduled job while the others wait their turn.
CREATE SEQUENCE backup_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE backup (
    id           BIGINT        PRIMARY KEY,
    state        VARCHAR(16)   NOT NULL,
    scheduled    BOOLEAN       NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    node         VARCHAR(200)  NOT NULL,
    created_by   BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    bytes        BIGINT,
    rows_total   BIGINT        NOT NULL,
    rows_done    BIGINT        NOT NULL,
    error        VARCHAR(1000)
);
CREATE INDEX backup_created_ix ON backup (created_at);

CREATE TABLE job_lease (
    name         VARCHAR(64)   PRIMARY KEY,
    holder       VARCHAR(200)  NOT NULL,
    held_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
