-- Re-screening of decided skill cases (issue 18 item 5): the policy office re-screens a chosen set under the active
-- rules version; the case keeps its status, its screening becomes the new one, and the one it replaced is kept here
-- with who re-screened it and why (a title case keeps every screening in screening_result already).
CREATE TABLE skill_case_rescreening (
    id                     bigserial     PRIMARY KEY,
    case_id                bigint        NOT NULL REFERENCES skill_case (id),
    rescreened_by          varchar(64)   NOT NULL,
    rescreened_at          timestamptz   NOT NULL DEFAULT now(),
    reason                 varchar(1000) NOT NULL,
    previous_rules_version varchar(200),
    previous_screening     text          NOT NULL,
    rules_version          varchar(200)  NOT NULL
);
CREATE INDEX skill_case_rescreening_case_idx ON skill_case_rescreening (case_id, id);
