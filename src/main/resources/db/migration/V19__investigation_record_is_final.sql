-- The record of an investigation cannot be rewritten (issue 6, item 5 in spirit): a closed investigation (UNFOUNDED or
-- CONFIRMED) is final, no investigation is ever deleted, the accountability list keeps every name and takes one
-- follow-up per name, and none of these tables can be truncated. Evidence file names as long as the upload allows.
CREATE FUNCTION investigation_final_once_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status IN ('UNFOUNDED', 'CONFIRMED') THEN
        RAISE EXCEPTION 'investigation %: a closed investigation is final; % refused', OLD.number, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER investigation_final BEFORE UPDATE OR DELETE ON investigation
    FOR EACH ROW EXECUTE FUNCTION investigation_final_once_closed();

CREATE FUNCTION accountability_follow_up_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.follow_up IS NOT NULL
       OR (NEW.id, NEW.investigation_id, NEW.case_number, NEW.username, NEW.display_name, NEW.involvement)
          IS DISTINCT FROM (OLD.id, OLD.investigation_id, OLD.case_number, OLD.username, OLD.display_name, OLD.involvement) THEN
        RAISE EXCEPTION 'accountability_item: only one follow-up may be added; % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accountability_item_follow_up_once BEFORE UPDATE OR DELETE ON accountability_item
    FOR EACH ROW EXECUTE FUNCTION accountability_follow_up_once();

CREATE TRIGGER investigation_no_truncate BEFORE TRUNCATE ON investigation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER investigation_subject_no_truncate BEFORE TRUNCATE ON investigation_subject
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER investigation_note_no_truncate BEFORE TRUNCATE ON investigation_note
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER investigation_file_no_truncate BEFORE TRUNCATE ON investigation_file
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER accountability_item_no_truncate BEFORE TRUNCATE ON accountability_item
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

ALTER TABLE investigation_file ALTER COLUMN file_name TYPE varchar(255);
