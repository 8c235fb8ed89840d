-- Employers (单位) whose reviewers confirm their staff's cases (employer review, rule E), the accounts tied to
-- them, e-mail addresses for notifications, and the committee secretary's series decisions for occupations the
-- annex does not list (rule T0).
CREATE TABLE employer (
    id                   bigserial    PRIMARY KEY,
    name                 varchar(200) NOT NULL,
    credit_code          varchar(18),
    public_institution   boolean      NOT NULL DEFAULT false,
    created_at           timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX employer_name_uq ON employer (name);
CREATE UNIQUE INDEX employer_credit_code_uq ON employer (credit_code) WHERE credit_code IS NOT NULL;

ALTER TABLE account ADD COLUMN employer_id bigint REFERENCES employer (id);
ALTER TABLE account ADD COLUMN email varchar(254);

ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check CHECK (role IN ('APPLICANT', 'REVIEWER',
    'COMMITTEE_MEMBER', 'COMMITTEE_SECRETARY', 'INTEGRITY_OFFICER', 'ADMIN', 'EMPLOYER_REVIEWER'));

-- The employer that reviews the case, fixed at submission (and at resubmission) from the applicant's profile,
-- and what it confirmed: work history and assessments, and the post for public-institution staff (rule E).
ALTER TABLE title_case ADD COLUMN employer_id bigint REFERENCES employer (id);
ALTER TABLE title_case ADD COLUMN employer_confirmed_by varchar(64);
ALTER TABLE title_case ADD COLUMN employer_confirmed_at timestamptz;
ALTER TABLE title_case ADD COLUMN post_confirmation varchar(200);
CREATE INDEX title_case_employer_idx ON title_case (employer_id);

-- One decision per occupation, reused by every later case and screening of that occupation.
CREATE TABLE series_decision (
    id              bigserial    PRIMARY KEY,
    occupation_name varchar(200) NOT NULL,
    series          varchar(64)  NOT NULL,
    reason          text         NOT NULL,
    decided_by      varchar(64)  NOT NULL,
    decided_at      timestamptz  NOT NULL DEFAULT now(),
    case_number     varchar(32)
);
CREATE UNIQUE INDEX series_decision_occupation_uq ON series_decision (occupation_name);
