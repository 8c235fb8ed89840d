-- Issue 19.2: the account is looked up by its name as stored (the signed-in principal, the engine's assignees) on
-- every request and transaction; a plain index serves that equality, while account_username_uq (lower(username))
-- keeps names unique whatever their case and serves a typed sign-in in another case.
CREATE UNIQUE INDEX account_username_exact_uq ON account (username);
