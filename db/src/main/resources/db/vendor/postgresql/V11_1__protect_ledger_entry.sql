-- ledger_entry is append-only: these triggers fire for every role, the table owner included.
-- (Only ALTER TABLE ... DISABLE TRIGGER or session_replication_role = replica get past them.)
-- The balance tables are updated by design and are not protected; reconciliation recomputes them
-- from the entries.

CREATE FUNCTION ledger_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only: a correction is a new entry'
        USING ERRCODE = 'raise_exception', HINT = TG_OP || ' refused on ledger_entry';
END;
$$;

CREATE TRIGGER ledger_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_refuse_change();

CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_refuse_change();
