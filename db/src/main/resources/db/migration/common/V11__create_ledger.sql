-- The allocation ledger: every movement of a round's money is one immutable ledger_entry, and every
-- balance is a sum of entries. The vendor migrations V11_1 refuse UPDATE and DELETE on
-- ledger_entry (and TRUNCATE on PostgreSQL; on H2 the balance tables' foreign keys refuse it):
-- a correction is a new entry.
--
-- Sign convention: amount is the signed change the entry makes to the one figure its type moves.
--   POT_SET          pot          > 0  the round's first pot
--   POT_CHANGED      pot          <> 0 new pot minus old pot (a raise is positive, a cut negative)
--   ALLOCATION       none yet     <> 0 part of the pot earmarked for a force area (formula funding);
--                                      carries force_area_id and moves no balance here
--   AWARD_COMMITTED  committed    > 0  an award (or an uplift of one) committed to a bid
--   AWARD_REDUCED    committed    < 0  part of an award taken back before it is paid
--   AWARD_RELEASED   committed    < 0  the unpaid rest of an award given back to the pot
--   CLAIM_PAID       paid         > 0  a claim paid for a financial year and quarter
--   CLAWBACK         clawed_back  > 0  money the recipient must return out of what was paid
--   VARIATION_MOVED  committed    <> 0 committed money moved between financial years: a pair of
--                                      entries, minus in the year it leaves, plus in the year it
--                                      enters, so the pair sums to zero
-- So pot = SUM(POT_*), committed = SUM(AWARD_* + VARIATION_MOVED), paid = SUM(CLAIM_PAID),
-- clawed back = SUM(CLAWBACK), and a per-year figure is the same sum restricted to financial_year.
--
-- Plain SQL that runs unchanged on PostgreSQL and H2.

CREATE SEQUENCE ledger_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE ledger_entry (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    entry_type       VARCHAR(32)              NOT NULL,
    funding_round_id BIGINT                   NOT NULL REFERENCES funding_round (id),
    bid_id           BIGINT                   NULL REFERENCES bid (id),
    organisation_id  BIGINT                   NULL REFERENCES organisation (id),
    force_area_id    BIGINT                   NULL REFERENCES force_area (id),
    financial_year   INTEGER                  NULL,
    quarter          INTEGER                  NULL,
    cost_category    VARCHAR(64)              NULL,
    amount           NUMERIC(14,2)            NOT NULL,
    reason           VARCHAR(1000)            NOT NULL,
    idempotency_key  VARCHAR(128)             NOT NULL,
    created_by       VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_entry_idempotency_key_uk UNIQUE (idempotency_key),
    CONSTRAINT ledger_entry_type_chk CHECK (entry_type IN ('POT_SET', 'POT_CHANGED', 'ALLOCATION',
        'AWARD_COMMITTED', 'AWARD_REDUCED', 'AWARD_RELEASED', 'CLAIM_PAID', 'CLAWBACK', 'VARIATION_MOVED')),
    CONSTRAINT ledger_entry_sign_chk CHECK (
        (entry_type IN ('POT_SET', 'AWARD_COMMITTED', 'CLAIM_PAID', 'CLAWBACK') AND amount > 0)
        OR (entry_type IN ('AWARD_REDUCED', 'AWARD_RELEASED') AND amount < 0)
        OR (entry_type IN ('POT_CHANGED', 'ALLOCATION', 'VARIATION_MOVED') AND amount <> 0)),
    CONSTRAINT ledger_entry_bid_chk CHECK (
        (entry_type IN ('POT_SET', 'POT_CHANGED', 'ALLOCATION') AND bid_id IS NULL)
        OR (entry_type NOT IN ('POT_SET', 'POT_CHANGED', 'ALLOCATION') AND bid_id IS NOT NULL)),
    CONSTRAINT ledger_entry_area_chk CHECK (entry_type <> 'ALLOCATION' OR force_area_id IS NOT NULL),
    CONSTRAINT ledger_entry_quarter_chk CHECK (
        quarter IS NULL OR (quarter BETWEEN 1 AND 4 AND financial_year IS NOT NULL)),
    CONSTRAINT ledger_entry_claim_period_chk CHECK (
        entry_type <> 'CLAIM_PAID' OR (financial_year IS NOT NULL AND quarter IS NOT NULL)),
    CONSTRAINT ledger_entry_move_year_chk CHECK (
        entry_type <> 'VARIATION_MOVED' OR financial_year IS NOT NULL)
);
CREATE INDEX ledger_entry_round_idx ON ledger_entry (funding_round_id);
CREATE INDEX ledger_entry_bid_idx ON ledger_entry (bid_id);

-- The balances: a cache of the sums of the entries, written in the same transaction as each entry
-- after the row is locked (SELECT ... FOR UPDATE, always the round's row first, then the award's),
-- so that concurrent movements on one round happen one after the other and each sees the last.
-- The CHECKs are the invariants; they hold whatever the application does.
-- last_entry_id is the newest entry applied; its foreign key also makes H2 (which fires no trigger
-- on TRUNCATE) refuse TRUNCATE of ledger_entry, rows or none.

CREATE TABLE ledger_round_balance (
    funding_round_id BIGINT        NOT NULL PRIMARY KEY REFERENCES funding_round (id),
    pot              NUMERIC(14,2) NOT NULL,
    committed        NUMERIC(14,2) NOT NULL,
    paid             NUMERIC(14,2) NOT NULL,
    clawed_back      NUMERIC(14,2) NOT NULL,
    last_entry_id    BIGINT        NOT NULL REFERENCES ledger_entry (id),
    version          BIGINT        NOT NULL,
    CONSTRAINT ledger_round_balance_pot_chk CHECK (pot >= 0),
    CONSTRAINT ledger_round_balance_committed_chk CHECK (committed >= 0),
    CONSTRAINT ledger_round_balance_within_pot_chk CHECK (committed <= pot),
    CONSTRAINT ledger_round_balance_paid_chk CHECK (paid >= 0 AND paid <= committed),
    CONSTRAINT ledger_round_balance_clawed_back_chk CHECK (clawed_back >= 0 AND clawed_back <= paid)
);

CREATE TABLE ledger_award_balance (
    bid_id           BIGINT        NOT NULL PRIMARY KEY REFERENCES bid (id),
    funding_round_id BIGINT        NOT NULL REFERENCES ledger_round_balance (funding_round_id),
    committed        NUMERIC(14,2) NOT NULL,
    paid             NUMERIC(14,2) NOT NULL,
    clawed_back      NUMERIC(14,2) NOT NULL,
    last_entry_id    BIGINT        NOT NULL REFERENCES ledger_entry (id),
    version          BIGINT        NOT NULL,
    CONSTRAINT ledger_award_balance_committed_chk CHECK (committed >= 0),
    CONSTRAINT ledger_award_balance_within_award_chk CHECK (paid <= committed),
    CONSTRAINT ledger_award_balance_paid_chk CHECK (paid >= 0),
    CONSTRAINT ledger_award_balance_clawed_back_chk CHECK (clawed_back >= 0 AND clawed_back <= paid)
);
CREATE INDEX ledger_award_balance_round_idx ON ledger_award_balance (funding_round_id);
