-- Pathway S (issue 7): titled professionals apply for a skill level (rules S1-S4). The evaluation channels are data
-- managed by administrators (an accredited employer, a social evaluation organisation, a registered appraisal
-- institution for access-type qualifications); evaluators (role EVALUATOR) belong to one organisation and see only
-- the cases routed to it. A case freezes the applicant's profile, records its screening, the channel, the
-- organisation and the assessment, and keeps its case number on the certificate and the granted skill level.

ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
-- EXAM_OFFICE (pathway Q, another branch) is listed too, so that the order of the two migrations does not matter
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check CHECK (role IN ('APPLICANT', 'REVIEWER',
    'COMMITTEE_MEMBER', 'COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'ADMIN', 'EMPLOYER_REVIEWER', 'EVALUATOR',
    'EXAM_OFFICE'));

CREATE TABLE evaluation_organisation (
    id           bigserial    PRIMARY KEY,
    name         varchar(200) NOT NULL,
    kind         varchar(40)  NOT NULL CHECK (kind IN ('EMPLOYER', 'SOCIAL_ORGANISATION', 'REGISTERED_APPRAISAL_INSTITUTION')),
    -- the employer an EMPLOYER-kind organisation is (its staff choose it when it is accredited, S4)
    employer_id  bigint       REFERENCES employer (id),
    -- the occupations (annex names) it evaluates
    occupations  text[]       NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CHECK ((kind = 'EMPLOYER') = (employer_id IS NOT NULL))
);
CREATE UNIQUE INDEX evaluation_organisation_name_uq ON evaluation_organisation (name);

-- An evaluator account belongs to one organisation (its tasks wait in the engine group evalorg-<id>).
CREATE TABLE evaluator (
    account_id       bigint PRIMARY KEY REFERENCES account (id),
    organisation_id  bigint NOT NULL REFERENCES evaluation_organisation (id)
);
CREATE INDEX evaluator_organisation_idx ON evaluator (organisation_id);

CREATE SEQUENCE skill_case_seq;

CREATE TABLE skill_case (
    id                   bigserial    PRIMARY KEY,
    case_number          varchar(32)  NOT NULL UNIQUE,
    applicant_id         bigint       NOT NULL REFERENCES account (id),
    occupation_name      varchar(200) NOT NULL,
    target_level         varchar(32)  NOT NULL CHECK (target_level IN ('SENIOR_WORKER', 'TECHNICIAN', 'SENIOR_TECHNICIAN',
                                                      'SPECIAL_TECHNICIAN', 'CHIEF_TECHNICIAN')),
    -- what the applicant chose (EMPLOYER or SOCIAL_ORGANISATION) and declared (a related-major degree, S3)
    preferred_channel    varchar(40)  NOT NULL,
    related_major        varchar(200),
    profile_snapshot     text         NOT NULL,
    status               varchar(20)  NOT NULL CHECK (status IN ('SCREENING', 'EVALUATION', 'PASSED', 'NOT_PASSED',
                                                      'INELIGIBLE', 'STOPPED')),
    status_reason        text,
    -- screening (set by Task_Screening): the checklist as JSON, the rules version, the channel and organisation
    screening            text,
    rules_version        varchar(200),
    screened_at          timestamptz,
    channel              varchar(40),
    organisation_id      bigint       REFERENCES evaluation_organisation (id),
    theory_exempt        boolean,
    -- the assessment (Task_Evaluation)
    operational_score    integer      CHECK (operational_score BETWEEN 0 AND 100),
    operational_passed   boolean,
    theory_score         integer      CHECK (theory_score BETWEEN 0 AND 100),
    theory_passed        boolean,
    passed               boolean,
    assessed_by          varchar(64),
    assessed_at          timestamptz,
    process_instance_id  varchar(64),
    submitted_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now()
);
-- one running case per applicant and target level: a double submission finds the running one
CREATE UNIQUE INDEX skill_case_active_uq ON skill_case (applicant_id, target_level)
    WHERE status IN ('SCREENING', 'EVALUATION');
CREATE INDEX skill_case_applicant_idx ON skill_case (applicant_id, submitted_at);
CREATE INDEX skill_case_organisation_idx ON skill_case (organisation_id, status);
