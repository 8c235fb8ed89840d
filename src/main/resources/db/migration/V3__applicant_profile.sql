-- The applicant's profile: the evidence screening and cases are built from (PRODUCT.md T1-T3, S1-S4, Q, E).
CREATE TABLE applicant_profile (
    account_id                   bigint       PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    employer_name                varchar(200),
    employer_accredited          boolean      NOT NULL DEFAULT false,
    public_institution_staff     boolean      NOT NULL DEFAULT false,
    technical_school_class       varchar(32)  CHECK (technical_school_class IN
                                     ('INTERMEDIATE_WORKER_CLASS', 'SENIOR_WORKER_CLASS', 'PRE_TECHNICIAN_CLASS')),
    updated_at                   timestamptz  NOT NULL DEFAULT now(),
    version                      integer      NOT NULL DEFAULT 0
);

CREATE TABLE skill_certificate (
    id                 bigserial    PRIMARY KEY,
    account_id         bigint       NOT NULL REFERENCES applicant_profile (account_id) ON DELETE CASCADE,
    level              varchar(32)  NOT NULL CHECK (level IN ('SENIOR_WORKER', 'TECHNICIAN', 'SENIOR_TECHNICIAN',
                                                             'SPECIAL_TECHNICIAN', 'CHIEF_TECHNICIAN')),
    occupation_code    varchar(8)   REFERENCES occupation (code),
    occupation_name    varchar(200) NOT NULL,
    obtained_on        date         NOT NULL,
    certificate_number varchar(64)  NOT NULL,
    issuing_body       varchar(200) NOT NULL
);
CREATE INDEX skill_certificate_account_idx ON skill_certificate (account_id);
CREATE INDEX skill_certificate_number_idx ON skill_certificate (certificate_number);

CREATE TABLE professional_title (
    id          bigserial    PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES applicant_profile (account_id) ON DELETE CASCADE,
    level       varchar(32)  NOT NULL CHECK (level IN ('ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'SENIOR')),
    series      varchar(64)  NOT NULL,
    obtained_on date         NOT NULL
);
CREATE INDEX professional_title_account_idx ON professional_title (account_id);

CREATE TABLE work_period (
    id                   bigserial    PRIMARY KEY,
    account_id           bigint       NOT NULL REFERENCES applicant_profile (account_id) ON DELETE CASCADE,
    employer             varchar(200) NOT NULL,
    occupation_name      varchar(200) NOT NULL,
    start_date           date         NOT NULL,
    end_date             date,
    technical_skill_work boolean      NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX work_period_account_idx ON work_period (account_id);

CREATE TABLE annual_assessment (
    account_id bigint      NOT NULL REFERENCES applicant_profile (account_id) ON DELETE CASCADE,
    year       integer     NOT NULL,
    result     varchar(32) NOT NULL CHECK (result IN ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
    PRIMARY KEY (account_id, year)
);

CREATE TABLE applicant_award (
    account_id bigint      NOT NULL REFERENCES applicant_profile (account_id) ON DELETE CASCADE,
    award      varchar(48) NOT NULL,
    PRIMARY KEY (account_id, award)
);
