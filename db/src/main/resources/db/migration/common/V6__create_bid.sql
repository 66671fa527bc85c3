-- Bids and what they are made of. Totals are never stored: they are sums of the lines.

CREATE SEQUENCE bid_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE bid (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    reference            VARCHAR(32)   NOT NULL UNIQUE,
    funding_round_id     BIGINT        NOT NULL REFERENCES funding_round (id),
    lead_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    force_area_id        BIGINT        NOT NULL REFERENCES force_area (id),
    pcc_office_id        BIGINT        NOT NULL REFERENCES organisation (id),
    title                VARCHAR(255)  NOT NULL,
    summary              VARCHAR(4000) NOT NULL,
    problem_statement    VARCHAR(8000) NOT NULL,
    status               VARCHAR(32)   NOT NULL,
    year_move_approved   BOOLEAN       DEFAULT FALSE NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX bid_round_area_idx ON bid (funding_round_id, force_area_id);
CREATE INDEX bid_lead_organisation_idx ON bid (lead_organisation_id);
CREATE INDEX bid_pcc_office_idx ON bid (pcc_office_id);

CREATE TABLE bid_intervention (
    bid_id       BIGINT      NOT NULL REFERENCES bid (id),
    intervention VARCHAR(64) NOT NULL,
    PRIMARY KEY (bid_id, intervention)
);

CREATE TABLE bid_location (
    bid_id          BIGINT       NOT NULL REFERENCES bid (id),
    position        INTEGER      NOT NULL,
    local_authority VARCHAR(128) NOT NULL,
    description     VARCHAR(500) NOT NULL,
    PRIMARY KEY (bid_id, position)
);

CREATE TABLE budget_line (
    bid_id         BIGINT        NOT NULL REFERENCES bid (id),
    position       INTEGER       NOT NULL,
    financial_year INTEGER       NOT NULL,
    quarter        INTEGER       NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    category       VARCHAR(64)   NOT NULL,
    capital        BOOLEAN       NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (bid_id, position)
);

CREATE TABLE match_contribution (
    bid_id         BIGINT        NOT NULL REFERENCES bid (id),
    position       INTEGER       NOT NULL,
    source         VARCHAR(255)  NOT NULL,
    financial_year INTEGER       NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    in_kind        BOOLEAN       NOT NULL,
    status         VARCHAR(16)   NOT NULL CHECK (status IN ('PLEDGED', 'CONFIRMED', 'RECEIVED')),
    evidence       VARCHAR(500)  NULL,
    PRIMARY KEY (bid_id, position)
);

CREATE TABLE outcome_target (
    bid_id       BIGINT        NOT NULL REFERENCES bid (id),
    position     INTEGER       NOT NULL,
    indicator    VARCHAR(255)  NOT NULL,
    unit         VARCHAR(64)   NOT NULL,
    baseline     NUMERIC(14,2) NOT NULL,
    target       NUMERIC(14,2) NOT NULL,
    how_measured VARCHAR(1000) NOT NULL,
    PRIMARY KEY (bid_id, position)
);

CREATE TABLE bid_risk (
    bid_id      BIGINT        NOT NULL REFERENCES bid (id),
    position    INTEGER       NOT NULL,
    description VARCHAR(1000) NOT NULL,
    likelihood  VARCHAR(16)   NOT NULL CHECK (likelihood IN ('LOW', 'MEDIUM', 'HIGH')),
    impact      VARCHAR(16)   NOT NULL CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH')),
    mitigation  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (bid_id, position)
);

-- who may edit, edit only the budget, or only read
CREATE TABLE bid_team_member (
    bid_id      BIGINT      NOT NULL REFERENCES bid (id),
    app_user_id BIGINT      NOT NULL REFERENCES app_user (id),
    access      VARCHAR(16) NOT NULL CHECK (access IN ('EDIT', 'BUDGET', 'READ')),
    PRIMARY KEY (bid_id, app_user_id)
);
