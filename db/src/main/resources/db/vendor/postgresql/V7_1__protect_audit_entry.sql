-- audit_entry is append-only: these triggers fire for every role, the table owner included.
-- (Only ALTER TABLE ... DISABLE TRIGGER or session_replication_role = replica get past them.)

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: a correction is a new entry'
        USING ERRCODE = 'raise_exception', HINT = TG_OP || ' refused on audit_entry';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
