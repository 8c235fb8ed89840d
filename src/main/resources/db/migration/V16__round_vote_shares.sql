-- Quorum and pass threshold per round (issue 5, item 3), as shares of the panel written n/d (2/3). Null: the
-- application's defaults (app.committee.vote-quorum / vote-pass).
ALTER TABLE evaluation_round ADD COLUMN vote_quorum varchar(7) CHECK (vote_quorum ~ '^[0-9]{1,2}/[0-9]{1,3}$');
ALTER TABLE evaluation_round ADD COLUMN vote_pass varchar(7) CHECK (vote_pass ~ '^[0-9]{1,2}/[0-9]{1,3}$');
