-- Integrity investigations (issue 6, rule I): opened from an objection during publicity, a referral by the integrity
-- officer, or a report by staff; investigated with notes, files and the person's statement; decided unfounded, or
-- confirmed with a finding that a second officer approves (four eyes). A confirmed finding voids the titles and skill
-- levels its cases granted, stops the person's running cases, writes the integrity file and lists the staff who
-- handled the cases for follow-up, all in one transaction.

-- A stopped case ends: it no longer blocks an application in its round.
DROP INDEX title_case_one_active_per_round_uq;
CREATE UNIQUE INDEX title_case_one_active_per_round_uq ON title_case (applicant_id, coalesce(round_id, 0))
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED', 'GRANTED', 'NOT_PASSED', 'STOPPED');

CREATE SEQUENCE investigation_number_seq;

CREATE TABLE investigation (
    id                 bigserial    PRIMARY KEY,
    number             varchar(32)  NOT NULL UNIQUE,
    source             varchar(16)  NOT NULL CHECK (source IN ('OBJECTION', 'REFERRAL', 'STAFF_REPORT', 'OFFICER_REPORT')),
    person_id_number   varchar(18)  NOT NULL,
    person_name        varchar(100) NOT NULL,
    person_account_id  bigint       REFERENCES account (id),
    allegation         text         NOT NULL,
    opened_by          varchar(64)  NOT NULL,
    opened_at          timestamptz  NOT NULL DEFAULT now(),
    status             varchar(20)  NOT NULL DEFAULT 'INVESTIGATING'
                       CHECK (status IN ('INVESTIGATING', 'AWAITING_STATEMENT', 'AWAITING_APPROVAL', 'UNFOUNDED', 'CONFIRMED')),
    statement_due      timestamptz,
    proposed_finding   varchar(32)  CHECK (proposed_finding IN ('FRAUD', 'BACK_ROOM_OPERATION', 'IRREGULAR_PROCEDURE')),
    proposed_facts     text,
    proposed_until     date,
    proposed_by        varchar(64),
    decided_by         varchar(64),
    decided_at         timestamptz,
    outcome            text,
    integrity_entry_id bigint       REFERENCES integrity_entry (id),
    version            integer      NOT NULL DEFAULT 0
);
CREATE INDEX investigation_person_idx ON investigation (person_id_number);
CREATE INDEX investigation_status_idx ON investigation (status, opened_at);

-- What the investigation concerns: cases (title or skill) and certificates, and the objections that opened it.
CREATE TABLE investigation_subject (
    id                 bigserial    PRIMARY KEY,
    investigation_id   bigint       NOT NULL REFERENCES investigation (id),
    case_number        varchar(32),
    certificate_number varchar(32),
    objection_id       bigint,
    added_by           varchar(64)  NOT NULL,
    added_at           timestamptz  NOT NULL DEFAULT now(),
    CHECK (case_number IS NOT NULL OR certificate_number IS NOT NULL)
);
CREATE INDEX investigation_subject_idx ON investigation_subject (investigation_id);
CREATE INDEX investigation_subject_case_idx ON investigation_subject (case_number);

-- The record of the investigation: notes, statement requests, the person's statement, proposals, refusals, decisions.
CREATE TABLE investigation_note (
    id               bigserial    PRIMARY KEY,
    investigation_id bigint       NOT NULL REFERENCES investigation (id),
    kind             varchar(24)  NOT NULL CHECK (kind IN ('NOTE', 'STATEMENT_REQUEST', 'STATEMENT', 'STATEMENT_MISSED',
                                                          'PROPOSAL', 'APPROVAL_REFUSED', 'DECISION')),
    text             text         NOT NULL,
    author           varchar(64)  NOT NULL,
    written_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX investigation_note_idx ON investigation_note (investigation_id, written_at);

-- Evidence files, stored in PostgreSQL (type checked by content, size limited by app.investigation.*).
CREATE TABLE investigation_file (
    id               bigserial    PRIMARY KEY,
    investigation_id bigint       NOT NULL REFERENCES investigation (id),
    file_name        varchar(200) NOT NULL,
    content_type     varchar(64)  NOT NULL,
    size_bytes       integer      NOT NULL CHECK (size_bytes > 0),
    content          bytea        NOT NULL,
    uploaded_by      varchar(64)  NOT NULL,
    uploaded_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX investigation_file_idx ON investigation_file (investigation_id);

-- Staff who handled the cases of a confirmed finding (engine history and audit trail), for follow-up.
CREATE TABLE accountability_item (
    id               bigserial    PRIMARY KEY,
    investigation_id bigint       NOT NULL REFERENCES investigation (id),
    case_number      varchar(32)  NOT NULL,
    username         varchar(64)  NOT NULL,
    display_name     varchar(100),
    involvement      text         NOT NULL,
    follow_up        text,
    followed_up_by   varchar(64),
    followed_up_at   timestamptz,
    UNIQUE (investigation_id, case_number, username),
    CHECK ((follow_up IS NULL) = (followed_up_by IS NULL AND followed_up_at IS NULL))
);

-- The record of an investigation is append-only; the investigation row itself changes only through its service.
CREATE TRIGGER investigation_note_append_only BEFORE UPDATE OR DELETE ON investigation_note
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER investigation_file_append_only BEFORE UPDATE OR DELETE ON investigation_file
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER investigation_subject_append_only BEFORE UPDATE OR DELETE ON investigation_subject
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Entries written by a confirmed finding name their investigation, the decision and who proposed and approved it.
ALTER TABLE integrity_entry
    ADD COLUMN investigation_id bigint REFERENCES investigation (id),
    ADD COLUMN decision         text,
    ADD COLUMN proposed_by      varchar(64);
