-- An immutable snapshot of each version of a bid sent for sign-off: what was signed off is what
-- stays on the record, whatever the funder or the bidder changes later.

CREATE SEQUENCE bid_version_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE bid_version (
    id              BIGINT         NOT NULL PRIMARY KEY,
    bid_id          BIGINT         NOT NULL REFERENCES bid (id),
    version_number  INTEGER        NOT NULL,
    reason          VARCHAR(32)    NOT NULL,
    grant_requested NUMERIC(14,2)  NOT NULL,
    snapshot        VARCHAR(1000000) NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bid_version_number_uq UNIQUE (bid_id, version_number)
);


-- the lead organisation's profile as it was when the bid was started (pre-filled, not retyped)
ALTER TABLE bid ADD COLUMN applicant_profile VARCHAR(8000) NULL;
