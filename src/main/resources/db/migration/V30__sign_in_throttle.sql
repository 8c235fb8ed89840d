-- Brute-force protection for every sign-in door (the form, HTTP Basic on /api and on /engine-rest), issue 13
-- item 4. Failed sign-ins are kept per account name (as typed, lower case: unknown names count too, so a lockout
-- discloses nothing) and client address; a lock holds an account name or an address until its time is up or an
-- administrator lifts it. The tables live in the shared database, so the limits hold across application nodes.
CREATE TABLE sign_in_failure (
    id             bigserial    PRIMARY KEY,
    username       varchar(64)  NOT NULL,
    client_address varchar(64)  NOT NULL,
    failed_at      timestamptz  NOT NULL
);
CREATE INDEX sign_in_failure_username_idx ON sign_in_failure (username, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (client_address, failed_at);

CREATE TABLE sign_in_lock (
    kind         varchar(16) NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject      varchar(64) NOT NULL,
    failures     integer     NOT NULL,
    locked_at    timestamptz NOT NULL,
    locked_until timestamptz NOT NULL,
    PRIMARY KEY (kind, subject)
);
CREATE INDEX sign_in_lock_until_idx ON sign_in_lock (locked_until);
