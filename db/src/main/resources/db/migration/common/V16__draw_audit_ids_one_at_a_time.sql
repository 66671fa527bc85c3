-- Audit entries are chained in id order (AuditRepository.append, AuditChainVerifier). With the ids
-- preallocated 50 at a time, every server of a cluster draws from a block of its own, so an entry
-- appended later on one server can get a lower id than one appended earlier on another, and the
-- append is refused. Drawn one at a time from the sequence, inside the lock on the chain head,
-- the ids follow the chain whatever server appends. (AuditEntry's allocationSize is 1 to match.)
ALTER SEQUENCE audit_entry_seq INCREMENT BY 1;
