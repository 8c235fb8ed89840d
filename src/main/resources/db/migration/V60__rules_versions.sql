-- Rules versions (issue 18, docs/decisions/0009): a named set of all decision tables (processes/*.dmn) with an
-- effective date. A version is a draft until it is activated; activated versions decide by date (the one with the
-- latest effective date on or before the day decides), so "active", "scheduled" and "superseded" follow from the
-- dates. The shipped tables are stored as version ZJ2022-77, effective 2022-12-17, on the first start.
CREATE TABLE rules_version (
    id             bigserial    PRIMARY KEY,
    name           varchar(64)  NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    description    varchar(500),
    based_on       bigint       REFERENCES rules_version (id),
    created_by     varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    effective_from date,
    activated_by   varchar(64),
    activated_at   timestamptz,
    CHECK ((activated_at IS NULL) = (effective_from IS NULL))
);

-- Every table of a version (all five, unchanged ones copied); the revision counts distinct texts of one table.
CREATE TABLE rules_table (
    version_id   bigint       NOT NULL REFERENCES rules_version (id),
    decision_key varchar(64)  NOT NULL,
    file_name    varchar(200) NOT NULL,
    revision     integer      NOT NULL CHECK (revision >= 1),
    xml          text         NOT NULL CHECK (length(xml) <= 1000000),
    PRIMARY KEY (version_id, decision_key)
);

-- A round may be pinned to a version: its cases are screened under it whatever the dates say.
CREATE TABLE rules_round_pin (
    round_id   bigint      PRIMARY KEY,
    version_id bigint      NOT NULL REFERENCES rules_version (id),
    pinned_by  varchar(64) NOT NULL,
    pinned_at  timestamptz NOT NULL DEFAULT now()
);

-- The regression gate: each run of the policy cases against a draft, the answers that changed, and who
-- acknowledged them with which reason (activation needs an acknowledged run of the draft's tables).
CREATE TABLE rules_gate_run (
    id              bigserial    PRIMARY KEY,
    version_id      bigint       NOT NULL REFERENCES rules_version (id),
    run_by          varchar(64)  NOT NULL,
    run_at          timestamptz  NOT NULL DEFAULT now(),
    cases           integer      NOT NULL,
    changed         jsonb        NOT NULL,
    acknowledged_by varchar(64),
    acknowledged_at timestamptz,
    reason          varchar(1000)
);
CREATE INDEX rules_gate_run_version_idx ON rules_gate_run (version_id, id);
