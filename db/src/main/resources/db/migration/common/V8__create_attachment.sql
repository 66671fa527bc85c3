-- A bid's uploaded files: supporting documents and match-funding evidence. The metadata and the
-- bytes live in separate tables, so that listing a bid's files never reads their content.
--
-- file_name holds what AttachmentSniffer.sanitiseFileName gives: at most 200 characters (code
-- points). H2 counts a VARCHAR's length in UTF-16 units, in which 200 code points can take 400
-- (emoji and other supplementary characters take two), hence 400; PostgreSQL counts code points.
-- detected_type is the type sniffed from the content; only the allowed types are ever stored.
-- sha256 is the lower-case hex SHA-256 of the content.

CREATE SEQUENCE attachment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE attachment (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    bid_id        BIGINT                   NOT NULL REFERENCES bid (id),
    file_name     VARCHAR(400)             NOT NULL,
    detected_type VARCHAR(16)              NOT NULL CHECK (detected_type IN ('PDF', 'DOCX', 'XLSX')),
    size_bytes    BIGINT                   NOT NULL CHECK (size_bytes > 0),
    sha256        VARCHAR(64)              NOT NULL CHECK (CHAR_LENGTH(sha256) = 64),
    purpose       VARCHAR(16)              NOT NULL CHECK (purpose IN ('SUPPORTING', 'MATCH_EVIDENCE')),
    uploaded_by   VARCHAR(64)              NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_bid_idx ON attachment (bid_id);

-- BYTEA is PostgreSQL's binary string and, in H2 2.x, an alias of BINARY VARYING, whose length
-- limit when none is given is 1,000,000,000 bytes: far above any round's attachment limit.
-- (BLOB is not a PostgreSQL type; PostgreSQL's large objects would need lo_unlink on delete.)
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       BYTEA  NOT NULL
);
