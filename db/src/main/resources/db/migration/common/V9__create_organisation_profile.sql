-- The organisation profile: registered address, contacts, bank and governance details, said once
-- and copied into every new bid. One row per organisation, written by its first save.
-- A profile is filled in over time, so its details may be NULL; bank details are all there or
-- none. Only what a payment needs is kept of the bank account (name, sort code NN-NN-NN, eight-digit
-- number): no bank name, branch or IBAN. The application shows the number masked (****5678).
-- Plain SQL that runs unchanged on PostgreSQL and H2.

CREATE TABLE organisation_profile (
    organisation_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES organisation (id),
    address_line1            VARCHAR(120) NULL,
    address_line2            VARCHAR(120) NULL,
    address_town             VARCHAR(80)  NULL,
    address_postcode         VARCHAR(8)   NULL,
    main_contact_name        VARCHAR(120) NULL,
    main_contact_role        VARCHAR(120) NULL,
    main_contact_email       VARCHAR(254) NULL,
    main_contact_phone       VARCHAR(20)  NULL,
    finance_contact_name     VARCHAR(120) NULL,
    finance_contact_email    VARCHAR(254) NULL,
    bank_account_name        VARCHAR(140) NULL,
    bank_sort_code           VARCHAR(8)   NULL,
    bank_account_number      VARCHAR(8)   NULL,
    legal_status             VARCHAR(32)  NULL,
    charity_number           VARCHAR(10)  NULL,
    company_number           VARCHAR(8)   NULL,
    safeguarding_policy_date DATE         NULL,
    accounts_year_end        DATE         NULL,
    updated_by               VARCHAR(64)  NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT organisation_profile_legal_status_chk CHECK (legal_status IS NULL OR legal_status IN
        ('CHARITY', 'CHARITABLE_COMPANY', 'COMPANY', 'PUBLIC_BODY', 'OTHER')),
    CONSTRAINT organisation_profile_sort_code_chk CHECK (
        bank_sort_code IS NULL OR LENGTH(bank_sort_code) = 8),
    CONSTRAINT organisation_profile_account_number_chk CHECK (
        bank_account_number IS NULL OR LENGTH(bank_account_number) = 8),
    CONSTRAINT organisation_profile_bank_all_or_none_chk CHECK (
        (bank_account_name IS NULL AND bank_sort_code IS NULL AND bank_account_number IS NULL)
        OR (bank_account_name IS NOT NULL AND bank_sort_code IS NOT NULL AND bank_account_number IS NOT NULL))
);
