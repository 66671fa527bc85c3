-- The firming-up of a bid's match funding after the award: each row records that one contribution
-- (match_contribution, by bid and position; the key is not a foreign key because the bid's
-- contributions are rewritten as a whole when its content is saved) is now CONFIRMED or RECEIVED, with the evidence for it.
-- A contribution's current status is its newest change (by changed_at, then id), else the status
-- the bid gave it. Rows are never changed: a later change is a new row, and status only moves
-- forward (PLEDGED, CONFIRMED, RECEIVED), which the CHECK holds for each row and the application
-- holds against the current status. The vendor migrations V13_1 refuse UPDATE and DELETE.
--
-- Plain SQL that runs unchanged on PostgreSQL and H2.

CREATE SEQUENCE match_status_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE match_status_change (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    bid_id      BIGINT                   NOT NULL,
    position    INTEGER                  NOT NULL,
    from_status VARCHAR(16)              NOT NULL,
    to_status   VARCHAR(16)              NOT NULL,
    evidence    VARCHAR(500)             NOT NULL,
    changed_by  VARCHAR(64)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT match_status_change_bid_fk FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT match_status_change_from_chk CHECK (from_status IN ('PLEDGED', 'CONFIRMED')),
    CONSTRAINT match_status_change_to_chk CHECK (to_status IN ('CONFIRMED', 'RECEIVED')),
    CONSTRAINT match_status_change_forward_chk CHECK (
        (from_status = 'PLEDGED' AND to_status IN ('CONFIRMED', 'RECEIVED'))
        OR (from_status = 'CONFIRMED' AND to_status = 'RECEIVED'))
);
CREATE INDEX match_status_change_contribution_idx ON match_status_change (bid_id, position);
