-- The secret vote of a confirmed panel (issue 5, item 3). See docs/decisions/0003-secret-ballot.md.
-- Nothing here links a ballot to the member who cast it once the vote is closed:
--   panel_participation says only who has voted on which case (no decision, no ballot reference);
--   panel_ballot (the open ballot box) has no member column and no time; a member finds their own ballot again through
--     a keyed hash (HMAC) of draw, account and case under the vote's pepper, so they can change it until closing;
--   closing destroys the pepper, empties the open box and counts its ballots into panel_counted_ballot in random order
--     with fresh random ids (one transaction, so physical order and transaction ids say nothing either), and stores
--     the tally. Counted ballots, tallies and participation are append-only.
CREATE TABLE panel_vote (
    draw_id          bigint      PRIMARY KEY REFERENCES panel_draw (id),
    panel_size       integer     NOT NULL CHECK (panel_size > 0),
    quorum_numerator integer     NOT NULL,
    quorum_denominator integer   NOT NULL,
    pass_numerator   integer     NOT NULL,
    pass_denominator integer     NOT NULL,
    pepper           bytea,
    opened_by        varchar(64) NOT NULL,
    opened_at        timestamptz NOT NULL DEFAULT now(),
    closed_by        varchar(64),
    closed_at        timestamptz,
    CHECK (quorum_numerator > 0 AND quorum_denominator >= quorum_numerator),
    CHECK (pass_numerator > 0 AND pass_denominator >= pass_numerator),
    CHECK ((closed_at IS NULL) = (pepper IS NOT NULL))
);

-- Who has voted on which case: nothing more.
CREATE TABLE panel_participation (
    draw_id     bigint      NOT NULL REFERENCES panel_vote (draw_id),
    account_id  bigint      NOT NULL REFERENCES account (id),
    case_number varchar(32) NOT NULL,
    PRIMARY KEY (draw_id, account_id, case_number)
);

-- The open ballot box: no member, no time, a random id; the locator is HMAC(pepper, draw:account:case).
CREATE TABLE panel_ballot (
    id                uuid        PRIMARY KEY,
    draw_id           bigint      NOT NULL REFERENCES panel_vote (draw_id),
    case_number       varchar(32) NOT NULL,
    locator           bytea       NOT NULL UNIQUE,
    decision          varchar(16) NOT NULL CHECK (decision IN ('AGREE', 'DISAGREE', 'ABSTAIN')),
    score_performance integer     NOT NULL CHECK (score_performance BETWEEN 0 AND 100),
    score_skill       integer     NOT NULL CHECK (score_skill BETWEEN 0 AND 100),
    score_interview   integer     NOT NULL CHECK (score_interview BETWEEN 0 AND 100)
);
CREATE INDEX panel_ballot_draw_idx ON panel_ballot (draw_id, case_number);

-- Ballots counted at closing: no member, no time, no locator; inserted in random order with fresh random ids.
CREATE TABLE panel_counted_ballot (
    id                uuid        PRIMARY KEY,
    draw_id           bigint      NOT NULL REFERENCES panel_vote (draw_id),
    case_number       varchar(32) NOT NULL,
    decision          varchar(16) NOT NULL CHECK (decision IN ('AGREE', 'DISAGREE', 'ABSTAIN')),
    score_performance integer     NOT NULL CHECK (score_performance BETWEEN 0 AND 100),
    score_skill       integer     NOT NULL CHECK (score_skill BETWEEN 0 AND 100),
    score_interview   integer     NOT NULL CHECK (score_interview BETWEEN 0 AND 100)
);
CREATE INDEX panel_counted_ballot_draw_idx ON panel_counted_ballot (draw_id, case_number);

-- The tally per case, computed and stored at closing.
CREATE TABLE panel_tally (
    draw_id           bigint       NOT NULL REFERENCES panel_vote (draw_id),
    case_number       varchar(32)  NOT NULL,
    panel_size        integer      NOT NULL,
    present           integer      NOT NULL,
    agree             integer      NOT NULL,
    disagree          integer      NOT NULL,
    abstain           integer      NOT NULL,
    quorum_met        boolean      NOT NULL,
    passed            boolean      NOT NULL,
    avg_performance   numeric(5,2),
    avg_skill         numeric(5,2),
    avg_interview     numeric(5,2),
    PRIMARY KEY (draw_id, case_number),
    CHECK (present = agree + disagree + abstain)
);

CREATE TRIGGER panel_participation_append_only BEFORE UPDATE OR DELETE ON panel_participation
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER panel_counted_ballot_append_only BEFORE UPDATE OR DELETE ON panel_counted_ballot
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER panel_tally_append_only BEFORE UPDATE OR DELETE ON panel_tally
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A vote is opened once and closed once (the pepper goes at closing); it is never deleted or reopened.
CREATE FUNCTION panel_vote_close_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.closed_at IS NOT NULL OR NEW.closed_at IS NULL OR NEW.pepper IS NOT NULL
       OR (NEW.draw_id, NEW.panel_size, NEW.quorum_numerator, NEW.quorum_denominator, NEW.pass_numerator,
           NEW.pass_denominator, NEW.opened_by, NEW.opened_at)
          IS DISTINCT FROM (OLD.draw_id, OLD.panel_size, OLD.quorum_numerator, OLD.quorum_denominator, OLD.pass_numerator,
           OLD.pass_denominator, OLD.opened_by, OLD.opened_at) THEN
        RAISE EXCEPTION 'panel_vote: only an open vote may be closed; % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER panel_vote_close_only BEFORE UPDATE OR DELETE ON panel_vote
    FOR EACH ROW EXECUTE FUNCTION panel_vote_close_once();

-- Ballots and participation are written only while the vote is open (the service checks too, under a row lock).
CREATE FUNCTION panel_vote_must_be_open() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM panel_vote v WHERE v.draw_id = NEW.draw_id AND v.closed_at IS NOT NULL) THEN
        RAISE EXCEPTION '%: the vote is closed; % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER panel_ballot_open_only BEFORE INSERT OR UPDATE ON panel_ballot
    FOR EACH ROW EXECUTE FUNCTION panel_vote_must_be_open();
CREATE TRIGGER panel_participation_open_only BEFORE INSERT ON panel_participation
    FOR EACH ROW EXECUTE FUNCTION panel_vote_must_be_open();
