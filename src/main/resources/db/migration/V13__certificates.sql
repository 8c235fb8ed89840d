-- Certificates the system issues (issue 5, item 6; later skill levels and equivalence confirmations, issue 7):
-- a readable unique number, a random verification code for the public /verify page, and the holder's data as
-- printed (name and masked ID number, frozen at issue). Append-only: the one change ever made is voiding a valid
-- certificate, once (issue 6), which keeps the row so that /verify can say "voided".
CREATE SEQUENCE certificate_number_seq;

CREATE TABLE certificate (
    id                  bigserial    PRIMARY KEY,
    certificate_number  varchar(32)  NOT NULL UNIQUE,
    kind                varchar(16)  NOT NULL CHECK (kind IN ('TITLE', 'SKILL_LEVEL', 'EQUIVALENCE')),
    holder_account_id   bigint       NOT NULL REFERENCES account (id),
    holder_name         varchar(100) NOT NULL,
    holder_id_masked    varchar(18)  NOT NULL,
    series              varchar(64),
    level               varchar(32)  NOT NULL,
    route               varchar(16),
    case_number         varchar(32)  NOT NULL,
    issued_on           date         NOT NULL,
    issued_at           timestamptz  NOT NULL DEFAULT now(),
    issued_by           varchar(64)  NOT NULL,
    verification_code   varchar(32)  NOT NULL UNIQUE CHECK (length(verification_code) >= 16),
    status              varchar(8)   NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'VOID')),
    void_reason         text,
    voided_at           timestamptz,
    voided_by           varchar(64),
    CHECK ((status = 'VOID') = (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL))
);
-- one certificate per case and kind: granting a case twice finds the first certificate
CREATE UNIQUE INDEX certificate_case_uq ON certificate (kind, case_number);
CREATE INDEX certificate_holder_idx ON certificate (holder_account_id, issued_at);

-- Never deleted; the only update is VALID -> VOID with its reason, time and actor, everything else unchanged.
CREATE FUNCTION certificate_void_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'VALID' OR NEW.status <> 'VOID'
       OR (NEW.id, NEW.certificate_number, NEW.kind, NEW.holder_account_id, NEW.holder_name, NEW.holder_id_masked,
           NEW.series, NEW.level, NEW.route, NEW.case_number, NEW.issued_on, NEW.issued_at, NEW.issued_by,
           NEW.verification_code)
          IS DISTINCT FROM (OLD.id, OLD.certificate_number, OLD.kind, OLD.holder_account_id, OLD.holder_name,
           OLD.holder_id_masked, OLD.series, OLD.level, OLD.route, OLD.case_number, OLD.issued_on, OLD.issued_at,
           OLD.issued_by, OLD.verification_code) THEN
        RAISE EXCEPTION 'certificate: only a valid certificate may be voided, once; % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER certificate_void_only BEFORE UPDATE ON certificate
    FOR EACH ROW EXECUTE FUNCTION certificate_void_once();
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER certificate_no_truncate BEFORE TRUNCATE ON certificate
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
