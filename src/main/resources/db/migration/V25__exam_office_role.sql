-- Role EXAM_OFFICE (考试机构, issue 7 item 5, pathway Q): exam office users request and look up exam-registration
-- equivalence confirmations. The allowed roles are read from the constraint in force and EXAM_OFFICE is added to
-- them, so this migration keeps any role another migration added before it (it does not restate the list).
DO $$
DECLARE
    allowed text;
BEGIN
    SELECT string_agg(quote_literal(m[1]), ', ' ORDER BY m[1]) INTO allowed
    FROM (SELECT DISTINCT regexp_matches(pg_get_constraintdef(c.oid), '''([A-Z_]+)''', 'g') AS m
          FROM pg_constraint c
          WHERE c.conname = 'account_role_role_check' AND c.conrelid = 'account_role'::regclass) roles
    WHERE m[1] <> 'EXAM_OFFICE';
    ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
    EXECUTE format('ALTER TABLE account_role ADD CONSTRAINT account_role_role_check CHECK (role IN (%s, %L))',
                   allowed, 'EXAM_OFFICE');
END;
$$;
