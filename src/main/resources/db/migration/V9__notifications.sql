-- In-app notifications (issue 4, item 9): one row per recipient and event. The text is stored as a message key
-- and its arguments, so that it renders in the reader's language; e-mail, when configured, goes out after commit.
CREATE TABLE notification (
    id           bigserial    PRIMARY KEY,
    -- the recipient's username (= the engine's user id)
    recipient    varchar(64)  NOT NULL,
    -- NEW_TASK, CASE_RETURNED, CASE_DECIDED, CASE_LAPSED, CASE_WITHDRAWN, CASE_MOVED, DEADLINE_NEAR (NotificationKind)
    kind         varchar(32)  NOT NULL,
    case_number  varchar(64),
    message_key  varchar(100) NOT NULL,
    -- the arguments, each "t:<text>" (shown as is) or "k:<key>" (translated when shown)
    message_args jsonb        NOT NULL DEFAULT '[]',
    -- a route in the application, e.g. cases/ZC2026-000001
    link         varchar(200),
    -- what makes a notification once-only for its recipient (deadline:<task id>:<due>, task:<task id>), or null
    once_key     varchar(200),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    read_at      timestamptz,
    -- null: not mailed (mail off, or no address); PENDING until the mail server took it or refused it
    mail_status  varchar(16)  CHECK (mail_status IN ('PENDING', 'SENT', 'FAILED')),
    mailed_at    timestamptz
);
-- "my notifications, newest first" and "my unread ones"
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient, created_at DESC, id DESC) WHERE read_at IS NULL;
-- the same deadline warning (or new-task notice) reaches a person once, even from two jobs running at once
CREATE UNIQUE INDEX notification_once_uq ON notification (recipient, once_key) WHERE once_key IS NOT NULL;
