-- Issue 15 item 7: pathway S carries its documents (frozen in casefile_case_document like a title case's) and S5 direct
-- application (可直接申报): the applicant attaches the evidence of outstanding skill (items of their profile, at most
-- app.skill-evaluation.max-evidence-items), screening routes the case DIRECT to its organisation's admission review,
-- and an evaluator admits it (the assessment follows) or refuses it with a reason.
ALTER TABLE skill_case ADD COLUMN direct boolean NOT NULL DEFAULT false;
-- the evidence chosen, as item references (ACHIEVEMENT:12, CERTIFICATE:3, ...), a JSON array; null unless direct
ALTER TABLE skill_case ADD COLUMN direct_evidence text;
ALTER TABLE skill_case ADD COLUMN admission_admitted boolean;
ALTER TABLE skill_case ADD COLUMN admission_reason text;
ALTER TABLE skill_case ADD COLUMN admission_decided_by varchar(64);
ALTER TABLE skill_case ADD COLUMN admission_decided_at timestamptz;

ALTER TABLE skill_case DROP CONSTRAINT skill_case_status_check;
ALTER TABLE skill_case ADD CONSTRAINT skill_case_status_check CHECK (status IN ('SCREENING', 'ADMISSION_REVIEW', 'EVALUATION',
    'PASSED', 'NOT_PASSED', 'INELIGIBLE', 'ADMISSION_REFUSED', 'STOPPED', 'WITHDRAWN', 'CANCELLED'));

-- a case in admission review is running too: one running case per applicant and target level
DROP INDEX skill_case_active_uq;
CREATE UNIQUE INDEX skill_case_active_uq ON skill_case (applicant_id, target_level)
    WHERE status IN ('SCREENING', 'ADMISSION_REVIEW', 'EVALUATION');

-- a resubmission records the documents taken off the profile since the previous submission (REMOVED rows name the
-- version that was in the case; they are not part of the case file any more)
ALTER TABLE casefile_case_document DROP CONSTRAINT casefile_case_document_change_check;
ALTER TABLE casefile_case_document ADD CONSTRAINT casefile_case_document_change_check
    CHECK (change IN ('NEW', 'REPLACED', 'UNCHANGED', 'REMOVED'));
