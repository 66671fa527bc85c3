-- The rules of a round, all data: who may lead, caps per year and per area, match funding,
-- capital share, cost categories, assessment criteria, pass mark and moderation threshold.

ALTER TABLE funding_round ADD COLUMN max_bids_per_area INTEGER NULL;
ALTER TABLE funding_round ADD COLUMN match_percent NUMERIC(5,2) DEFAULT 0 NOT NULL;
ALTER TABLE funding_round ADD COLUMN match_base VARCHAR(32) DEFAULT 'GRANT_REQUESTED' NOT NULL;
ALTER TABLE funding_round ADD COLUMN match_in_kind_counts BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE funding_round ADD COLUMN max_capital_percent NUMERIC(5,2) NULL;
ALTER TABLE funding_round ADD COLUMN pass_mark NUMERIC(5,2) NULL;
ALTER TABLE funding_round ADD COLUMN moderation_threshold NUMERIC(5,2) NULL;
ALTER TABLE funding_round ADD COLUMN max_attachment_bytes BIGINT DEFAULT 10485760 NOT NULL;
ALTER TABLE funding_round ADD CONSTRAINT funding_round_match_chk CHECK (match_percent >= 0 AND match_percent < 100);
ALTER TABLE funding_round ADD CONSTRAINT funding_round_capital_chk CHECK (max_capital_percent IS NULL OR (max_capital_percent >= 0 AND max_capital_percent <= 100));
ALTER TABLE funding_round ADD CONSTRAINT funding_round_bids_chk CHECK (max_bids_per_area IS NULL OR max_bids_per_area >= 1);

-- which kinds of organisation may lead a bid
CREATE TABLE round_lead_type (
    funding_round_id BIGINT      NOT NULL REFERENCES funding_round (id),
    org_type         VARCHAR(32) NOT NULL,
    PRIMARY KEY (funding_round_id, org_type)
);

-- the lead types the match-funding requirement applies to (Safer Streets 4: PCC, LA and BTP)
CREATE TABLE round_match_lead_type (
    funding_round_id BIGINT      NOT NULL REFERENCES funding_round (id),
    org_type         VARCHAR(32) NOT NULL,
    PRIMARY KEY (funding_round_id, org_type)
);

-- eligible cost categories; none listed means any
CREATE TABLE round_cost_category (
    funding_round_id BIGINT      NOT NULL REFERENCES funding_round (id),
    category         VARCHAR(64) NOT NULL,
    PRIMARY KEY (funding_round_id, category)
);

-- the most a bid may ask for in one financial year (named by the year it starts in)
CREATE TABLE round_year_cap (
    funding_round_id BIGINT        NOT NULL REFERENCES funding_round (id),
    financial_year   INTEGER       NOT NULL,
    cap              NUMERIC(14,2) NOT NULL CHECK (cap > 0),
    PRIMARY KEY (funding_round_id, financial_year)
);

-- a per-area envelope: the area's bids together may not ask for more
CREATE TABLE round_area_envelope (
    funding_round_id BIGINT        NOT NULL REFERENCES funding_round (id),
    force_area_id    BIGINT        NOT NULL REFERENCES force_area (id),
    envelope         NUMERIC(14,2) NOT NULL CHECK (envelope >= 0),
    PRIMARY KEY (funding_round_id, force_area_id)
);

-- assessment criteria: weight (per cent of the total), guidance, and the top of the score scale
CREATE TABLE round_criterion (
    funding_round_id BIGINT        NOT NULL REFERENCES funding_round (id),
    position         INTEGER       NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    title            VARCHAR(255)  NOT NULL,
    guidance         VARCHAR(4000) NOT NULL,
    weight           NUMERIC(5,2)  NOT NULL CHECK (weight > 0 AND weight <= 100),
    scale_max        INTEGER       NOT NULL CHECK (scale_max >= 1),
    PRIMARY KEY (funding_round_id, position)
);
