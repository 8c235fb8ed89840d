-- The result of every in-case screening (rules T0-T4, S1-S4), with the inputs, every checklist line and
-- the decision table versions that produced it.
CREATE TABLE screening_result (
    id            bigserial    PRIMARY KEY,
    case_id       bigint       NOT NULL REFERENCES title_case (id),
    screened_at   timestamptz  NOT NULL DEFAULT now(),
    eligible      boolean      NOT NULL,
    max_level     varchar(32),
    route         varchar(16),
    rules_version varchar(300) NOT NULL,
    outcome       jsonb        NOT NULL
);
CREATE INDEX screening_result_case_idx ON screening_result (case_id, screened_at);

-- The integrity file (诚信档案库, rule I): append-only; an entry is lifted by a later entry that names it.
CREATE TABLE integrity_entry (
    id             bigserial    PRIMARY KEY,
    id_number      varchar(18)  NOT NULL,
    person_name    varchar(100) NOT NULL,
    finding        varchar(32)  NOT NULL CHECK (finding IN ('FRAUD', 'BACK_ROOM_OPERATION', 'IRREGULAR_PROCEDURE', 'LIFTED')),
    facts          text         NOT NULL,
    active_from    date         NOT NULL,
    active_until   date,
    lifts_entry_id bigint       REFERENCES integrity_entry (id),
    recorded_by    varchar(64)  NOT NULL,
    recorded_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX integrity_entry_person_idx ON integrity_entry (id_number);
