-- Part 2 of the title process ends cases as GRANTED or NOT_PASSED (the vote): like the other final states they no
-- longer block an application in the same round. HELD (for investigation) still blocks it until resolved.
DROP INDEX title_case_one_active_per_round_uq;
CREATE UNIQUE INDEX title_case_one_active_per_round_uq ON title_case (applicant_id, coalesce(round_id, 0))
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED', 'GRANTED', 'NOT_PASSED');
