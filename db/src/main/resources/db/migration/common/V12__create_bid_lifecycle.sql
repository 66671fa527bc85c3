-- What happens to a bid after it is submitted: its rank in the force area, the assessors' scores,
-- the award (moderation, funding decision, offer, acceptance, closure), the quarterly monitoring
-- returns, variations to the funded project, and formula allocations of a round's pot to the force
-- areas' organisations (by population or by a needs indicator, plus a ring-fenced part).
--
-- The CHECKs hold each table's state rules whatever the application does; the entities guard the
-- order of the steps. Plain SQL that runs unchanged on PostgreSQL and H2 (no partial indexes:
-- a UNIQUE index lets NULLs repeat on both). The column of an outcome's value is "achieved", because
-- VALUE is a keyword in H2.

ALTER TABLE bid ADD COLUMN process_instance_id VARCHAR(64) NULL;
ALTER TABLE bid ADD COLUMN area_rank INTEGER NULL;
ALTER TABLE bid ADD CONSTRAINT bid_area_rank_chk CHECK (area_rank IS NULL OR area_rank >= 1);
-- the PCC office ranks its area's bids 1, 2, ...; unranked bids (NULL) repeat freely
CREATE UNIQUE INDEX bid_area_rank_uk ON bid (funding_round_id, force_area_id, area_rank);

ALTER TABLE funding_round ADD COLUMN allocation_basis VARCHAR(16) NULL;
ALTER TABLE funding_round ADD CONSTRAINT funding_round_allocation_basis_chk
    CHECK (allocation_basis IS NULL OR allocation_basis IN ('POPULATION', 'NEEDS'));
ALTER TABLE funding_round ADD COLUMN ring_fenced_pot NUMERIC(14,2) NULL;
ALTER TABLE funding_round ADD CONSTRAINT funding_round_ring_fenced_pot_chk
    CHECK (ring_fenced_pot IS NULL OR ring_fenced_pot >= 0);

-- a round's needs indicator per force area, the weights of a NEEDS allocation
CREATE TABLE round_needs_indicator (
    funding_round_id BIGINT        NOT NULL REFERENCES funding_round (id),
    force_area_id    BIGINT        NOT NULL REFERENCES force_area (id),
    indicator        NUMERIC(14,2) NOT NULL CHECK (indicator > 0),
    PRIMARY KEY (funding_round_id, force_area_id)
);

-- one assessor's assessment of one bid: open, declared conflicted, or submitted with scores
CREATE SEQUENCE assessment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE assessment (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    bid_id          BIGINT                   NOT NULL REFERENCES bid (id),
    assessor        VARCHAR(64)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    conflict_reason VARCHAR(1000)            NULL,
    weighted_score  NUMERIC(6,2)             NULL,
    comment         VARCHAR(4000)            NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT assessment_bid_assessor_uk UNIQUE (bid_id, assessor),
    CONSTRAINT assessment_status_chk CHECK (status IN ('OPEN', 'CONFLICTED', 'SUBMITTED')),
    CONSTRAINT assessment_weighted_score_chk CHECK (
        weighted_score IS NULL OR weighted_score BETWEEN 0 AND 100)
);
CREATE INDEX assessment_bid_idx ON assessment (bid_id);

CREATE TABLE assessment_score (
    assessment_id  BIGINT        NOT NULL REFERENCES assessment (id),
    criterion_code VARCHAR(32)   NOT NULL,
    score          INTEGER       NOT NULL CHECK (score >= 0),
    comment        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, criterion_code)
);

-- the award of a bid, one row per bid once it reaches moderation; its steps fill the columns in turn
CREATE TABLE award (
    bid_id            BIGINT                   NOT NULL PRIMARY KEY REFERENCES bid (id),
    funding_round_id  BIGINT                   NOT NULL REFERENCES funding_round (id),
    moderated_score   NUMERIC(6,2)             NULL,
    moderation_reason VARCHAR(4000)            NULL,
    moderated_by      VARCHAR(64)              NULL,
    moderated_at      TIMESTAMP WITH TIME ZONE NULL,
    decision          VARCHAR(16)              NULL,
    amount            NUMERIC(14,2)            NULL,
    conditions        VARCHAR(4000)            NULL,
    reasons           VARCHAR(4000)            NULL,
    decided_by        VARCHAR(64)              NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NULL,
    offer_status      VARCHAR(16)              NULL,
    offer_expires_at  TIMESTAMP WITH TIME ZONE NULL,
    accepted_by       VARCHAR(64)              NULL,
    accepted_at       TIMESTAMP WITH TIME ZONE NULL,
    spend_start       DATE                     NULL,
    spend_by          DATE                     NULL,
    closed_at         TIMESTAMP WITH TIME ZONE NULL,
    underspend        NUMERIC(14,2)            NULL,
    outcomes_summary  VARCHAR(4000)            NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT award_moderated_score_chk CHECK (
        moderated_score IS NULL OR moderated_score BETWEEN 0 AND 100),
    CONSTRAINT award_decision_chk CHECK (
        decision IS NULL OR decision IN ('FUND', 'PART_FUND', 'DECLINE')),
    CONSTRAINT award_amount_chk CHECK (amount IS NULL OR amount > 0),
    -- each branch tests decision IS NOT NULL first, so that no branch is unknown (a CHECK passes
    -- an unknown) when the decision is missing
    CONSTRAINT award_decision_amount_chk CHECK (
        (decision IS NULL AND amount IS NULL)
        OR (decision IS NOT NULL AND decision IN ('FUND', 'PART_FUND') AND amount IS NOT NULL)
        OR (decision IS NOT NULL AND decision = 'DECLINE' AND amount IS NULL)),
    CONSTRAINT award_offer_status_chk CHECK (
        offer_status IS NULL OR offer_status IN ('OFFERED', 'ACCEPTED', 'LAPSED', 'CLOSED')),
    CONSTRAINT award_offer_funded_chk CHECK (
        offer_status IS NULL OR (decision IS NOT NULL AND decision IN ('FUND', 'PART_FUND'))),
    CONSTRAINT award_spend_window_chk CHECK (
        spend_start IS NULL OR spend_by IS NULL OR spend_by > spend_start),
    CONSTRAINT award_underspend_chk CHECK (underspend IS NULL OR underspend >= 0)
);
CREATE INDEX award_round_idx ON award (funding_round_id);

-- a quarterly (or the final) monitoring return of a funded bid: spend by category and outcomes
CREATE SEQUENCE monitoring_return_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE monitoring_return (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    bid_id               BIGINT                   NOT NULL REFERENCES bid (id),
    financial_year       INTEGER                  NOT NULL,
    quarter              INTEGER                  NOT NULL,
    final_return         BOOLEAN                  NOT NULL,
    status               VARCHAR(16)              NOT NULL,
    narrative            VARCHAR(8000)            NOT NULL,
    submitted_by         VARCHAR(64)              NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_by          VARCHAR(64)              NULL,
    verified_at          TIMESTAMP WITH TIME ZONE NULL,
    verification_comment VARCHAR(4000)            NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT monitoring_return_period_uk UNIQUE (bid_id, financial_year, quarter, final_return),
    CONSTRAINT monitoring_return_quarter_chk CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT monitoring_return_status_chk CHECK (status IN ('SUBMITTED', 'VERIFIED', 'REJECTED'))
);

CREATE TABLE return_spend (
    return_id BIGINT        NOT NULL REFERENCES monitoring_return (id),
    position  INTEGER       NOT NULL,
    category  VARCHAR(64)   NOT NULL,
    capital   BOOLEAN       NOT NULL,
    amount    NUMERIC(14,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (return_id, position)
);

CREATE TABLE return_outcome (
    return_id BIGINT        NOT NULL REFERENCES monitoring_return (id),
    position  INTEGER       NOT NULL,
    indicator VARCHAR(255)  NOT NULL,
    achieved  NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (return_id, position)
);

-- a requested change to a funded project: money moved between years or categories, or more time
CREATE SEQUENCE variation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE variation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    bid_id          BIGINT                   NOT NULL REFERENCES bid (id),
    kind            VARCHAR(16)              NOT NULL,
    from_year       INTEGER                  NULL,
    to_year         INTEGER                  NULL,
    from_category   VARCHAR(64)              NULL,
    to_category     VARCHAR(64)              NULL,
    amount          NUMERIC(14,2)            NULL,
    new_spend_by    DATE                     NULL,
    reason          VARCHAR(4000)            NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    requested_by    VARCHAR(64)              NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(64)              NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NULL,
    decision_reason VARCHAR(4000)            NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT variation_kind_chk CHECK (kind IN ('REPROFILE', 'MOVE_CATEGORY', 'EXTEND')),
    CONSTRAINT variation_amount_chk CHECK (amount IS NULL OR amount > 0),
    CONSTRAINT variation_status_chk CHECK (status IN ('REQUESTED', 'APPROVED', 'DECLINED')),
    CONSTRAINT variation_kind_fields_chk CHECK (
        (kind = 'REPROFILE' AND from_year IS NOT NULL AND to_year IS NOT NULL
            AND amount IS NOT NULL AND from_year <> to_year)
        OR (kind = 'MOVE_CATEGORY' AND from_category IS NOT NULL AND to_category IS NOT NULL
            AND amount IS NOT NULL AND from_category <> to_category)
        OR (kind = 'EXTEND' AND new_spend_by IS NOT NULL))
);
CREATE INDEX variation_bid_idx ON variation (bid_id);

-- a round's formula allocation to one organisation (the PCC office of a force area)
CREATE SEQUENCE allocation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE allocation (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    funding_round_id     BIGINT                   NOT NULL REFERENCES funding_round (id),
    organisation_id      BIGINT                   NOT NULL REFERENCES organisation (id),
    force_area_id        BIGINT                   NOT NULL REFERENCES force_area (id),
    basis                VARCHAR(16)              NOT NULL,
    core_amount          NUMERIC(14,2)            NOT NULL,
    ring_fenced_amount   NUMERIC(14,2)            NOT NULL,
    spending_plan_bid_id BIGINT                   NULL REFERENCES bid (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT allocation_round_organisation_uk UNIQUE (funding_round_id, organisation_id),
    CONSTRAINT allocation_basis_chk CHECK (basis IN ('POPULATION', 'NEEDS')),
    CONSTRAINT allocation_core_amount_chk CHECK (core_amount >= 0),
    CONSTRAINT allocation_ring_fenced_amount_chk CHECK (ring_fenced_amount >= 0)
);
