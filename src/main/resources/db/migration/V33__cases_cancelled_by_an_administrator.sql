-- Issue 13, item 11: a case whose process instance an administrator deleted (Cockpit, DELETE
-- /engine-rest/process-instance/{id}) ends CANCELLED. Like the other final states it no longer blocks an application
-- in the same round (title cases) or for the same level (skill cases: the partial index of V20 covers running states only).
DROP INDEX title_case_one_active_per_round_uq;
CREATE UNIQUE INDEX title_case_one_active_per_round_uq ON title_case (applicant_id, coalesce(round_id, 0))
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED', 'GRANTED', 'NOT_PASSED', 'STOPPED', 'CANCELLED');

ALTER TABLE skill_case DROP CONSTRAINT skill_case_status_check;
ALTER TABLE skill_case ADD CONSTRAINT skill_case_status_check CHECK (status IN ('SCREENING', 'EVALUATION', 'PASSED',
    'NOT_PASSED', 'INELIGIBLE', 'STOPPED', 'WITHDRAWN', 'CANCELLED'));
