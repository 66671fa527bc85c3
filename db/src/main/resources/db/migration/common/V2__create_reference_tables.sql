-- Reference data: the 43 police force areas and the organisations that bid, fund and deliver.
-- Plain SQL that runs unchanged on PostgreSQL and H2.

CREATE TABLE force_area (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    code                  VARCHAR(64)  NOT NULL UNIQUE,
    name                  VARCHAR(128) NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    commissioner_body     VARCHAR(255) NOT NULL,
    population            BIGINT       NOT NULL CHECK (population > 0),
    population_source     VARCHAR(255) NOT NULL,
    da_related_crimes     BIGINT       NULL CHECK (da_related_crimes >= 0),
    da_related_crimes_period VARCHAR(64) NULL
);

CREATE SEQUENCE organisation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    org_type        VARCHAR(32)  NOT NULL,
    org_identifier  VARCHAR(128) NULL UNIQUE,
    force_area_id   BIGINT       NULL REFERENCES force_area (id),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_type_chk CHECK (org_type IN
        ('PCC_OFFICE', 'FUNDER', 'LOCAL_AUTHORITY', 'BRITISH_TRANSPORT_POLICE', 'PROVIDER'))
);
CREATE INDEX organisation_force_area_idx ON organisation (force_area_id);

CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;

-- The application's user store (Jakarta Security DatabaseIdentityStore reads it).
CREATE TABLE app_user (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL UNIQUE,
    password_hash    VARCHAR(255) NOT NULL,
    display_name     VARCHAR(128) NOT NULL,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    home_force_area_id BIGINT     NULL REFERENCES force_area (id),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE app_user_role (
    app_user_id  BIGINT      NOT NULL REFERENCES app_user (id),
    role         VARCHAR(32) NOT NULL,
    PRIMARY KEY (app_user_id, role)
);

-- One row once the demo data has been loaded; its primary key stops a second load,
-- even from two servers starting at the same moment.
CREATE TABLE demo_seed (
    id         INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
