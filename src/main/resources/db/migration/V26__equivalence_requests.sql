-- Pathway Q (issue 7, item 5): requests for an exam-registration equivalence confirmation (技工院校毕业生报考专业技术
--人员职业资格考试的学历视同). Every request is kept with who asked, for whom, what the decision table answered, the
-- rules version and the evidence; a granted request points to the EQUIVALENCE certificate issued for it, whose
-- case_number is the request number (so that a confirmed integrity finding can void it by case number, issue 6).
-- Append-only, like the integrity file and the certificates.
CREATE SEQUENCE equivalence_request_seq;

CREATE TABLE equivalence_request (
    id                  bigserial    PRIMARY KEY,
    request_number      varchar(32)  NOT NULL UNIQUE,
    person_account_id   bigint       NOT NULL REFERENCES account (id),
    requested_by        varchar(64)  NOT NULL,
    requested_as        varchar(16)  NOT NULL CHECK (requested_as IN ('APPLICANT', 'EXAM_OFFICE')),
    school_class        varchar(32)  CHECK (school_class IN
                                         ('INTERMEDIATE_WORKER_CLASS', 'SENIOR_WORKER_CLASS', 'PRE_TECHNICIAN_CLASS')),
    exam_field          varchar(40)  NOT NULL,
    outcome             varchar(8)   NOT NULL CHECK (outcome IN ('GRANTED', 'REFUSED')),
    education_level     varchar(32)  CHECK (education_level IN ('SECONDARY_VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR')),
    rule_id             varchar(16)  NOT NULL,
    reason_key          varchar(100) NOT NULL,
    reason_args         jsonb        NOT NULL,
    rules_version       text         NOT NULL,
    evidence            jsonb        NOT NULL,
    certificate_number  varchar(32)  REFERENCES certificate (certificate_number),
    requested_at        timestamptz  NOT NULL DEFAULT now(),
    CHECK ((outcome = 'GRANTED') = (certificate_number IS NOT NULL)),
    CHECK ((outcome = 'GRANTED') = (education_level IS NOT NULL))
);
CREATE INDEX equivalence_request_person_idx ON equivalence_request (person_account_id, requested_at);

CREATE TRIGGER equivalence_request_no_update BEFORE UPDATE OR DELETE ON equivalence_request
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER equivalence_request_no_truncate BEFORE TRUNCATE ON equivalence_request
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- An EQUIVALENCE certificate keeps the technical-school class in route (series: the exam, level: the education
-- level); the class names are longer than the 16 characters titles' routes needed.
ALTER TABLE certificate ALTER COLUMN route TYPE varchar(32);
