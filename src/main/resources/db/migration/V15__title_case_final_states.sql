-- Part 2 of the title process ends cases as GRANTED, NOT_PASSED (the vote) or HELD (for investigation): like the
-- other final states they no longer block an application in the same round.
DROP INDEX title_case_one_active_per_round_uq;
CREATE UNIQUE INDEX title_case_one_active_per_round_uq ON title_case (applicant_id, coalesce(round_id, 0))
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED', 'GRANTED', 'NOT_PASSED', 'HELD');
