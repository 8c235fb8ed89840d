-- People who sign in, with their roles (the roles double as Camunda candidate groups),
-- and the audit trail every feature writes to.
CREATE TABLE account (
    id            bigserial    PRIMARY KEY,
    username      varchar(64)  NOT NULL,
    password_hash varchar(100) NOT NULL,
    display_name  varchar(100) NOT NULL,
    id_number     varchar(18),
    mobile        varchar(11),
    employer      varchar(200),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_username_uq ON account (lower(username));
CREATE UNIQUE INDEX account_id_number_uq ON account (id_number) WHERE id_number IS NOT NULL;

CREATE TABLE account_role (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(32) NOT NULL CHECK (role IN ('APPLICANT', 'REVIEWER', 'COMMITTEE_MEMBER',
                                                    'COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

CREATE TABLE audit_event (
    id          bigserial    PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(64)  NOT NULL,
    action      varchar(64)  NOT NULL,
    subject     varchar(100) NOT NULL,
    details     text
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject, occurred_at);
