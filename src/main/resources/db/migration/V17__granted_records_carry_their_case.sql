-- Titles and skill levels the system grants are written to the holder's profile with the case that granted them, so
-- that a confirmed integrity finding (issue 6, rule I) can void exactly the records its cases produced. A voided
-- record stays (nothing is lost) but no longer counts as evidence; the applicant cannot remove a granted record.
ALTER TABLE professional_title
    ADD COLUMN case_number varchar(32),
    ADD COLUMN voided_at   timestamptz,
    ADD COLUMN void_reason text,
    ADD CHECK ((voided_at IS NULL) = (void_reason IS NULL));
CREATE INDEX professional_title_case_idx ON professional_title (case_number) WHERE case_number IS NOT NULL;

ALTER TABLE skill_certificate
    ADD COLUMN case_number varchar(32),
    ADD COLUMN voided_at   timestamptz,
    ADD COLUMN void_reason text,
    ADD CHECK ((voided_at IS NULL) = (void_reason IS NULL));
CREATE INDEX skill_certificate_case_idx ON skill_certificate (case_number) WHERE case_number IS NOT NULL;
