-- The reviewers' inbox as a table of our own: one row per open user task of the title process, kept in step with
-- the engine by task events in the engine's own transaction (casework.OpenTasks), and indexed for the inbox's
-- queries (soonest due first; mine; my groups; overdue; series; round; case number). Camunda's task query sorts
-- every matching task and filters process variables without an index on their values: at 100,000 open tasks a
-- page took 80-300 ms (README, benchmarks). Camunda's own tables stay untouched.
CREATE TABLE open_task (
    task_id             varchar(64)  PRIMARY KEY,
    task_key            varchar(64)  NOT NULL,
    task_name           varchar(255),
    process_instance_id varchar(64)  NOT NULL,
    case_number         varchar(32),
    series              varchar(64),
    round_id            bigint,
    candidate_group     varchar(64),
    assignee            varchar(64),
    created_at          timestamptz  NOT NULL,
    due_at              timestamptz
);
CREATE INDEX open_task_queue_idx ON open_task (task_key, due_at, created_at, task_id);
CREATE INDEX open_task_assignee_idx ON open_task (task_key, assignee, due_at);
CREATE INDEX open_task_group_idx ON open_task (task_key, candidate_group, due_at) WHERE assignee IS NULL;
CREATE INDEX open_task_series_idx ON open_task (task_key, series, due_at);
CREATE INDEX open_task_round_idx ON open_task (task_key, round_id, due_at);
CREATE INDEX open_task_process_idx ON open_task (process_instance_id);
CREATE INDEX open_task_case_number_idx ON open_task (case_number);
