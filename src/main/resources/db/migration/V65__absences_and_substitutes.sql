-- Issue 16, item 4: a reviewer's (or committee member's) absence with a substitute. During the period (both days
-- inclusive) a task claimed by or given to the absent person goes to the substitute (monitoring.Absences).
CREATE TABLE absence (
    id          bigserial    PRIMARY KEY,
    username    varchar(64)  NOT NULL,
    substitute  varchar(64)  NOT NULL,
    first_day   date         NOT NULL,
    last_day    date         NOT NULL,
    reason      varchar(500) NOT NULL,
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT absence_period_ck CHECK (last_day >= first_day),
    CONSTRAINT absence_other_person_ck CHECK (username <> substitute)
);
-- "is this person absent today": by person, the periods not yet over
CREATE INDEX absence_username_last_day_idx ON absence (username, last_day);
