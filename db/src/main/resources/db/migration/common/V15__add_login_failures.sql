-- Failed sign-ins per username, for the lock-out after repeated failures (issue 7). One row per
-- username that has failed since its last successful sign-in; a success deletes the row. Kept by
-- username as typed (not a reference to app_user), so that unknown usernames are counted and
-- locked exactly like real ones and a lock-out says nothing about whether an account exists.
-- In the database rather than in memory, so that counts and locks survive restarts and hold on
-- every server. Plain SQL that runs unchanged on PostgreSQL and H2.

CREATE TABLE login_failure (
    username          VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures          INTEGER                  NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lockouts          INTEGER                  NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT login_failure_failures_chk CHECK (failures >= 0),
    CONSTRAINT login_failure_lockouts_chk CHECK (lockouts >= 0)
);
CREATE INDEX login_failure_last_failure_idx ON login_failure (last_failure_at);
