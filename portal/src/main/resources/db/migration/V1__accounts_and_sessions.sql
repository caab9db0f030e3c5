-- Accounts, their roles, sign-in tokens (browser sessions and API tokens), sign-in attempts and
-- the site's own secrets. Written in the SQL that H2 (Regular mode) and PostgreSQL both accept.
-- Ids come from sequences stepping by 50, so JPA hands out ids from memory for 49 of every 50 rows
-- (EclipseLink reads each value as the last id of its block, hence START WITH 50).

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE auth_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sign_in_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(32)  NOT NULL,
    username_key    VARCHAR(32)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(50)  NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    language        VARCHAR(16)  NOT NULL,
    theme           VARCHAR(64),
    birthday        DATE,
    bio             VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_key_uq UNIQUE (username_key),
    CONSTRAINT account_email_uq UNIQUE (email)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Only a SHA-256 of each token is stored: a leaked table signs nobody in.
CREATE TABLE auth_token (
    id            BIGINT PRIMARY KEY,
    token_hash    VARCHAR(64) NOT NULL,
    account_id    BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind          VARCHAR(8)  NOT NULL,
    label         VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT auth_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX auth_token_account_ix ON auth_token (account_id);

CREATE TABLE sign_in_attempt (
    id            BIGINT PRIMARY KEY,
    username_key  VARCHAR(64) NOT NULL,
    address       VARCHAR(64) NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded     BOOLEAN     NOT NULL
);
CREATE INDEX sign_in_attempt_user_ix ON sign_in_attempt (username_key, attempted_at);
CREATE INDEX sign_in_attempt_address_ix ON sign_in_attempt (address, attempted_at);

CREATE TABLE site_secret (
    secret_name   VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret_value  VARCHAR(200) NOT NULL
);
