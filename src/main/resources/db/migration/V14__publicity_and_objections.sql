-- Publicity (公示) of a round's passed cases and real-name objections to them (issue 5, item 5).
-- The public reads only these tables: entries are a frozen copy of the case facts with the name masked.

-- One publicity per round: published together, for a period in working days (app.publication.publicity-working-days,
-- or the override given when publishing). The period runs from the first working day after publishing to period_end,
-- both days included (to 23:59:59 server time).
CREATE TABLE publicity (
    id                    bigserial   PRIMARY KEY,
    round_id              bigint      NOT NULL REFERENCES evaluation_round (id),
    published_at          timestamptz NOT NULL,
    published_by          varchar(64) NOT NULL,
    working_days_override integer     CHECK (working_days_override > 0),
    working_days          integer     NOT NULL CHECK (working_days > 0),
    period_start          date        NOT NULL,
    period_end            date        NOT NULL,
    CHECK (period_end >= period_start)
);

-- A published case. paused: an objection is open on it, or one was sustained (held: sustained, it stays held).
CREATE TABLE publicity_entry (
    id            bigserial    PRIMARY KEY,
    publicity_id  bigint       NOT NULL REFERENCES publicity (id),
    case_number   varchar(32)  NOT NULL UNIQUE,
    masked_name   varchar(64)  NOT NULL,
    employer_name varchar(200),
    series        varchar(64)  NOT NULL,
    target_level  varchar(32)  NOT NULL,
    route         varchar(32),
    paused        boolean      NOT NULL DEFAULT false,
    held          boolean      NOT NULL DEFAULT false,
    CHECK (NOT held OR paused)
);
CREATE INDEX publicity_entry_publicity ON publicity_entry (publicity_id);

-- A real-name objection: name and a contact (phone or e-mail) required, ID number optional. ip_hash is a salted
-- SHA-256 of the client address, for the rate limit only. The integrity officer answers by due_date (working days).
CREATE TABLE objection (
    id                 bigserial    PRIMARY KEY,
    entry_id           bigint       NOT NULL REFERENCES publicity_entry (id),
    objector_name      varchar(50)  NOT NULL,
    objector_id_number varchar(18),
    contact_phone      varchar(20),
    contact_email      varchar(254),
    statement          text         NOT NULL,
    submitted_at       timestamptz  NOT NULL,
    ip_hash            varchar(64)  NOT NULL,
    due_date           date         NOT NULL,
    status             varchar(24)  NOT NULL DEFAULT 'OPEN'
                       CHECK (status IN ('OPEN', 'ANSWERED_UNFOUNDED', 'ANSWERED_SUSTAINED')),
    answer             text,
    answered_by        varchar(64),
    answered_at        timestamptz,
    CHECK (contact_phone IS NOT NULL OR contact_email IS NOT NULL),
    CHECK ((status = 'OPEN') = (answered_at IS NULL)),
    CHECK (status = 'OPEN' OR (answer IS NOT NULL AND answered_by IS NOT NULL))
);
CREATE INDEX objection_entry ON objection (entry_id);
CREATE INDEX objection_rate ON objection (ip_hash, submitted_at);
CREATE INDEX objection_open_due ON objection (due_date) WHERE status = 'OPEN';

-- Evidence attached to an objection, in the database. Only PDF, JPEG and PNG (checked by their first bytes);
-- the number and size limits are configuration (app.publication.*), checked before anything is written.
CREATE TABLE objection_evidence (
    id           bigserial    PRIMARY KEY,
    objection_id bigint       NOT NULL REFERENCES objection (id),
    file_name    varchar(255) NOT NULL,
    content_type varchar(32)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    content      bytea        NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX objection_evidence_objection ON objection_evidence (objection_id);

-- A round may publish more than one list (cases that pass a later panel or a later integrity review join a new list).
CREATE INDEX publicity_round_idx ON publicity (round_id, published_at);
