-- The record of a confirmed finding's consequences is a note of its own kind, written as data (what was voided, stopped,
-- recorded and listed) and shown in the reader's language.
ALTER TABLE investigation_note DROP CONSTRAINT investigation_note_kind_check;
ALTER TABLE investigation_note ADD CONSTRAINT investigation_note_kind_check CHECK (kind IN ('NOTE', 'STATEMENT_REQUEST',
    'STATEMENT', 'STATEMENT_MISSED', 'PROPOSAL', 'APPROVAL_REFUSED', 'DECISION', 'CONSEQUENCES'));
