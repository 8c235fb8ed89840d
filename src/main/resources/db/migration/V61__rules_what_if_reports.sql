-- What-if reports (issue 18 item 4): a draft run over real cases (every open case, or every case of one round);
-- the cases whose outcome would change, with the rules that make the difference. Nothing is written to the cases.
CREATE TABLE rules_what_if (
    id         bigserial   PRIMARY KEY,
    version_id bigint      NOT NULL REFERENCES rules_version (id),
    round_id   bigint,
    run_by     varchar(64) NOT NULL,
    run_at     timestamptz NOT NULL DEFAULT now(),
    screened   integer     NOT NULL,
    changed    jsonb       NOT NULL
);
CREATE INDEX rules_what_if_version_idx ON rules_what_if (version_id, id);
