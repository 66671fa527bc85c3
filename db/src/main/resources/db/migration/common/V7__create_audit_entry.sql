-- The append-only, hash-chained audit record of every change to a round, bid, award, ledger entry
-- or user. Each entry's hash covers its content and the previous entry's hash, so editing or
-- removing a row breaks the chain. The vendor migrations V7_1 refuse UPDATE, DELETE and TRUNCATE.

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    entity_type  VARCHAR(32)              NOT NULL,
    entity_id    VARCHAR(64)              NOT NULL,
    action       VARCHAR(64)              NOT NULL,
    old_value    VARCHAR(20000)           NULL,
    new_value    VARCHAR(20000)           NULL,
    prev_hash    VARCHAR(64)              NULL,
    hash         VARCHAR(64)              NOT NULL,
    CONSTRAINT audit_entry_hash_uk UNIQUE (hash)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append so that
-- concurrent transactions chain one after the other. It is updated, so it is not protected.
-- Its reference to the newest entry also makes TRUNCATE of audit_entry fail on both databases.
CREATE TABLE audit_chain_head (
    id             INTEGER     NOT NULL PRIMARY KEY,
    last_hash      VARCHAR(64) NULL,
    last_entry_id  BIGINT      NULL REFERENCES audit_entry (id),
    CONSTRAINT audit_chain_head_single_row_chk CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_hash, last_entry_id) VALUES (1, NULL, NULL);
