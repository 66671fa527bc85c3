-- Funding programmes (reference data) and their rounds. The rules of a round grow in later migrations.

CREATE TABLE funding_programme (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(32)  NOT NULL UNIQUE,
    name         VARCHAR(128) NOT NULL,
    funder_id    BIGINT       NOT NULL REFERENCES organisation (id),
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('COMPETITIVE', 'FORMULA'))
);

INSERT INTO funding_programme (id, code, name, funder_id, kind) VALUES
  (1, 'SSF',   'Safer Streets Fund', 101, 'COMPETITIVE'),
  (2, 'VCORE', 'Victims'' core grant', 102, 'FORMULA'),
  (3, 'ISVA',  'Ring-fenced ISVA/IDVA funding', 102, 'FORMULA'),
  (4, 'DAPI',  'Domestic abuse perpetrator interventions', 101, 'COMPETITIVE'),
  (5, 'SVD',   'Serious Violence Duty', 101, 'FORMULA');

CREATE SEQUENCE funding_round_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE funding_round (
    id                BIGINT        NOT NULL PRIMARY KEY,
    reference         VARCHAR(32)   NOT NULL UNIQUE,
    name              VARCHAR(255)  NOT NULL,
    programme_id      BIGINT        NOT NULL REFERENCES funding_programme (id),
    funder_id         BIGINT        NOT NULL REFERENCES organisation (id),
    opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    pot               NUMERIC(14,2) NOT NULL CHECK (pot > 0),
    min_bid           NUMERIC(14,2) NOT NULL CHECK (min_bid >= 0),
    max_bid           NUMERIC(14,2) NOT NULL CHECK (max_bid > 0),
    spend_start       DATE          NOT NULL,
    spend_by          DATE          NOT NULL,
    window_closed_at  TIMESTAMP WITH TIME ZONE NULL,
    process_instance_id VARCHAR(64) NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT funding_round_window_chk CHECK (closes_at > opens_at),
    CONSTRAINT funding_round_spend_chk CHECK (spend_by > spend_start),
    CONSTRAINT funding_round_bid_range_chk CHECK (max_bid >= min_bid)
);
CREATE INDEX funding_round_programme_idx ON funding_round (programme_id);
