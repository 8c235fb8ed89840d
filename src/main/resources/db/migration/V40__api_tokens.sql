-- API tokens for other systems (issue 19 item 1): bound to an account (and so to its roles), stored only as the
-- SHA-256 of the token (a token is 256 random bits, not a password: a fast hash is enough and no salt is needed),
-- with a name, an expiry, the last use (written at most once a minute per node) and a revocation.
CREATE TABLE api_token (
    id           bigserial    PRIMARY KEY,
    account_id   bigint       NOT NULL REFERENCES account (id),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(64)  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64)
);
CREATE INDEX api_token_account_idx ON api_token (account_id);

-- Every audit line says which credential acted when it was not a password or the screens' session: the API token's
-- id and name. Empty for the rows before this migration and for sign-ins with a password.
ALTER TABLE audit_event ADD COLUMN credential varchar(160);
