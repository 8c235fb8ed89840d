-- Evaluation rounds (评审年度/批次): applications go into an open round, which sets the reference date for
-- screening, the correction deadline and the review SLA. One running title case per applicant per round.
CREATE TABLE evaluation_round (
    id                      bigserial    PRIMARY KEY,
    year                    integer      NOT NULL CHECK (year BETWEEN 2022 AND 2199),
    name                    varchar(100) NOT NULL UNIQUE,
    series                  text[]       NOT NULL CHECK (cardinality(series) >= 1),
    reference_date          date         NOT NULL,
    intake_opens            date         NOT NULL,
    intake_closes           date         NOT NULL CHECK (intake_closes >= intake_opens),
    correction_days         integer      NOT NULL CHECK (correction_days BETWEEN 1 AND 90),
    review_sla_working_days integer      NOT NULL CHECK (review_sla_working_days BETWEEN 1 AND 60),
    created_by              varchar(64)  NOT NULL,
    created_at              timestamptz  NOT NULL DEFAULT now()
);

ALTER TABLE title_case ADD COLUMN round_id bigint REFERENCES evaluation_round (id);
DROP INDEX title_case_one_active_uq;
CREATE UNIQUE INDEX title_case_one_active_per_round_uq ON title_case (applicant_id, coalesce(round_id, 0))
    WHERE status NOT IN ('WITHDRAWN', 'REJECTED', 'LAPSED', 'COMPLETED');
