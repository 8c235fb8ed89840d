-- A title application (pathway T). The case row and its Camunda process instance are created in one
-- transaction; case_number is also the process business key.
CREATE SEQUENCE case_number_seq;

CREATE TABLE title_case (
    id                  bigserial    PRIMARY KEY,
    case_number         varchar(32)  NOT NULL UNIQUE,
    applicant_id        bigint       NOT NULL REFERENCES account (id),
    occupation_name     varchar(200) NOT NULL,
    series              varchar(64),
    target_level        varchar(32)  NOT NULL CHECK (target_level IN ('ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'SENIOR')),
    status              varchar(32)  NOT NULL,
    process_instance_id varchar(64),
    profile_snapshot    jsonb        NOT NULL,
    submitted_at        timestamptz  NOT NULL DEFAULT now(),
    version             integer      NOT NULL DEFAULT 0
);
CREATE INDEX title_case_applicant_idx ON title_case (applicant_id);
CREATE UNIQUE INDEX title_case_process_instance_uq ON title_case (process_instance_id);
-- At most one running title case per applicant: a double click, a retry or a second tab yields the same case.
CREATE UNIQUE INDEX title_case_one_active_uq ON title_case (applicant_id) WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED');
