-- Pathway S follows pathway T's shape: the applicant may withdraw a skill case, with a reason, until it is assessed.
ALTER TABLE skill_case DROP CONSTRAINT skill_case_status_check;
ALTER TABLE skill_case ADD CONSTRAINT skill_case_status_check CHECK (status IN ('SCREENING', 'EVALUATION', 'PASSED',
    'NOT_PASSED', 'INELIGIBLE', 'STOPPED', 'WITHDRAWN'));
