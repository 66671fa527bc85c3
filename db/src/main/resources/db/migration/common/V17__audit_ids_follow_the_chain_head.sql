-- Audit entries are now written when their transaction is about to commit, on the transaction's
-- own connection, under the lock on the chain head (AuditRepository): each entry's id is the
-- head's last id plus one. The sequence the ids were drawn from is no longer used.
DROP SEQUENCE audit_entry_seq;
