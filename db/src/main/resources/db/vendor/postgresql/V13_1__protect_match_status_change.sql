-- match_status_change is append-only: these triggers fire for every role, the table owner included.
-- (Only ALTER TABLE ... DISABLE TRIGGER or session_replication_role = replica get past them.)

CREATE FUNCTION match_status_change_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'match_status_change is append-only: a later change is a new row'
        USING ERRCODE = 'raise_exception', HINT = TG_OP || ' refused on match_status_change';
END;
$$;

CREATE TRIGGER match_status_change_no_update_or_delete
    BEFORE UPDATE OR DELETE ON match_status_change
    FOR EACH ROW EXECUTE FUNCTION match_status_change_refuse_change();

CREATE TRIGGER match_status_change_no_truncate
    BEFORE TRUNCATE ON match_status_change
    FOR EACH STATEMENT EXECUTE FUNCTION match_status_change_refuse_change();
