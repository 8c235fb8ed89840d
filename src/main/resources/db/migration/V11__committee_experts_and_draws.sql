-- The expert pool (评审专家库) and the random draw of panels from it (1:2 draw, seed stored so that a draw can be
-- replayed and audited). Draws, their drawn order, the pool as the draw saw it and replacements are append-only;
-- only a draw's confirmation (who, when) is written later, once.
CREATE TABLE committee_expert (
    id                bigserial   PRIMARY KEY,
    account_id        bigint      NOT NULL REFERENCES account (id),
    series            varchar(64) NOT NULL,
    max_level         varchar(32) NOT NULL CHECK (max_level IN ('ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'SENIOR')),
    employer_id       bigint      REFERENCES employer (id),
    high_skilled      boolean     NOT NULL DEFAULT false,
    active            boolean     NOT NULL DEFAULT true,
    added_by          varchar(64) NOT NULL,
    added_at          timestamptz NOT NULL DEFAULT now(),
    deactivated_by    varchar(64),
    deactivated_at    timestamptz
);
-- one active entry per person and series (a person may judge several series)
CREATE UNIQUE INDEX committee_expert_account_series_uq ON committee_expert (account_id, series) WHERE active;
CREATE INDEX committee_expert_series_idx ON committee_expert (series) WHERE active;

CREATE TABLE panel_draw (
    id                     bigserial   PRIMARY KEY,
    round_id               bigint      NOT NULL REFERENCES evaluation_round (id),
    series                 varchar(64) NOT NULL,
    target_level           varchar(32) NOT NULL CHECK (target_level IN ('ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'SENIOR')),
    group_kind             varchar(16) NOT NULL CHECK (group_kind IN ('HIGH_SKILLED', 'ORDINARY')),
    panel_size             integer     NOT NULL CHECK (panel_size > 0 AND panel_size % 2 = 1),
    seed                   bigint      NOT NULL,
    case_numbers           text[]      NOT NULL,
    applicant_employer_ids bigint[]    NOT NULL,
    drawn_by               varchar(64) NOT NULL,
    drawn_at               timestamptz NOT NULL DEFAULT now(),
    confirmed_by           varchar(64),
    confirmed_at           timestamptz
);
CREATE INDEX panel_draw_round_idx ON panel_draw (round_id, id);

-- The drawn order: positions 1..panel_size seated, panel_size+1..2*panel_size the alternates in order.
CREATE TABLE panel_draw_member (
    draw_id   bigint  NOT NULL REFERENCES panel_draw (id),
    position  integer NOT NULL CHECK (position > 0),
    expert_id bigint  NOT NULL REFERENCES committee_expert (id),
    PRIMARY KEY (draw_id, position)
);
CREATE UNIQUE INDEX panel_draw_member_expert_uq ON panel_draw_member (draw_id, expert_id);

-- The inputs of the draw as it saw them (the series' active pool and each expert's seats in the round), so that
-- replaying it from its seed does not depend on how the pool changed afterwards.
CREATE TABLE panel_draw_candidate (
    draw_id      bigint      NOT NULL REFERENCES panel_draw (id),
    expert_id    bigint      NOT NULL REFERENCES committee_expert (id),
    max_level    varchar(32) NOT NULL,
    employer_id  bigint,
    high_skilled boolean     NOT NULL,
    prior_seats  integer     NOT NULL,
    PRIMARY KEY (draw_id, expert_id)
);

-- A seated member replaced by the next alternate (alternates that no longer met the checks are passed over, in order).
CREATE TABLE panel_replacement (
    id                  bigserial   PRIMARY KEY,
    draw_id             bigint      NOT NULL REFERENCES panel_draw (id),
    replaced_expert_id  bigint      NOT NULL REFERENCES committee_expert (id),
    replacing_expert_id bigint      NOT NULL REFERENCES committee_expert (id),
    passed_over         bigint[]    NOT NULL DEFAULT '{}',
    reason              text        NOT NULL,
    replaced_by         varchar(64) NOT NULL,
    replaced_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX panel_replacement_draw_idx ON panel_replacement (draw_id, id);

CREATE TRIGGER panel_draw_member_append_only BEFORE UPDATE OR DELETE ON panel_draw_member
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER panel_draw_candidate_append_only BEFORE UPDATE OR DELETE ON panel_draw_candidate
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER panel_replacement_append_only BEFORE UPDATE OR DELETE ON panel_replacement
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- A draw row is never changed except to confirm it, once; it is never deleted.
CREATE FUNCTION panel_draw_confirm_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.confirmed_at IS NOT NULL
       OR (NEW.round_id, NEW.series, NEW.target_level, NEW.group_kind, NEW.panel_size, NEW.seed, NEW.case_numbers,
           NEW.applicant_employer_ids, NEW.drawn_by, NEW.drawn_at)
          IS DISTINCT FROM (OLD.round_id, OLD.series, OLD.target_level, OLD.group_kind, OLD.panel_size, OLD.seed,
           OLD.case_numbers, OLD.applicant_employer_ids, OLD.drawn_by, OLD.drawn_at) THEN
        RAISE EXCEPTION 'panel_draw: only an unconfirmed draw may be confirmed; % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER panel_draw_confirm_only BEFORE UPDATE OR DELETE ON panel_draw
    FOR EACH ROW EXECUTE FUNCTION panel_draw_confirm_once();
