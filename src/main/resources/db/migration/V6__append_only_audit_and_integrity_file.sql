-- The audit trail and the integrity file are append-only: no update or delete, whoever asks (the
-- application, a repository, or SQL). Corrections are new rows.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER integrity_entry_append_only BEFORE UPDATE OR DELETE ON integrity_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER integrity_entry_no_truncate BEFORE TRUNCATE ON integrity_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
