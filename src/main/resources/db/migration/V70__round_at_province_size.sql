-- A round at province size (issue 19 item 3, ProvinceRoundBenchmark): what the set-based queries of the committee
-- stage need so that one case's work does not read the whole round.
--
-- I.2 (casework.IntegrityChecks) looks for the certificate numbers of a case in the frozen evidence of every other
-- title case. Without an index that is a scan of every case's snapshot for each case checked, so checking a round grew
-- with the square of its size. The numbers of a snapshot, trimmed and in upper case as the check compares them:
CREATE FUNCTION certificate_numbers(snapshot jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(upper(btrim(cert ->> 'certificateNumber'))), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(snapshot -> 'certificates') = 'array'
                                   THEN snapshot -> 'certificates' ELSE '[]'::jsonb END) cert
    WHERE cert ->> 'certificateNumber' IS NOT NULL
$$;
CREATE INDEX title_case_certificate_numbers_idx ON title_case USING gin (certificate_numbers(profile_snapshot));

-- A round's cases by status (grouping, draws, publicity candidates, results): no index on round_id until now.
CREATE INDEX title_case_round_status_idx ON title_case (round_id, status);

-- The tallies of given cases in any panel (round results, PanelOutcomes.passedOf): the key starts with draw_id.
CREATE INDEX panel_tally_case_idx ON panel_tally (case_number);
