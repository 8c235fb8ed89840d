-- Closing a panel's vote moves its cases on in the background (issue 19 item 3; docs/processes.md, "Moving a closed
-- panel's cases on"): one engine job per case, each in its own transaction. A row here says a case of a closed vote
-- has been dealt with — written in the same transaction as the case's move, so a retried job sees it and never moves
-- a case twice. outcome: PASSED / NOT_PASSED (moved on), SKIPPED (not waiting for this panel's vote: a number typed by
-- hand, a case withdrawn meanwhile), AT_CLOSING (votes closed before this migration: moved in the closing transaction).
CREATE TABLE panel_move_on (
    draw_id     bigint      NOT NULL REFERENCES panel_vote (draw_id),
    case_number varchar(32) NOT NULL,
    outcome     varchar(16) NOT NULL CHECK (outcome IN ('PASSED', 'NOT_PASSED', 'SKIPPED', 'AT_CLOSING')),
    moved_at    timestamptz NOT NULL,
    PRIMARY KEY (draw_id, case_number)
);

INSERT INTO panel_move_on (draw_id, case_number, outcome, moved_at)
SELECT t.draw_id, t.case_number, 'AT_CLOSING', v.closed_at
FROM panel_tally t JOIN panel_vote v ON v.draw_id = t.draw_id
WHERE v.closed_at IS NOT NULL;
