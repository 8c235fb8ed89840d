-- ShedLock's table (net.javacrumbs.shedlock, JDBC provider): a row per scheduled job, locked by the node that runs it,
-- so that every piece of scheduled work runs once however many application nodes run (shared.scheduling).
-- The times are the database's UTC time without a zone, as ShedLock's usingDbTime() writes and compares them.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
