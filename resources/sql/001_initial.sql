-- EOL Station record store, schema version 1.
-- Applied by RunStore inside one transaction, together with its schema_migrations row and
-- PRAGMA user_version = 1. Timestamps are ISO-8601 UTC text with milliseconds
-- ("2026-11-22T21:59:15.123Z"), so they sort correctly as text.

CREATE TABLE runs (
    run_id          TEXT PRIMARY KEY NOT NULL,
    serial          TEXT,
    imei            TEXT,
    product         TEXT,
    plan_id         TEXT,
    plan_revision   INTEGER NOT NULL DEFAULT 0,
    plan_sha256     TEXT,
    station_id      TEXT,
    operator        TEXT,
    batch           TEXT,
    work_order      TEXT,
    port            TEXT,
    started_utc     TEXT NOT NULL,
    ended_utc       TEXT,
    state           TEXT NOT NULL DEFAULT 'running'
                    CHECK (state IN ('running', 'finished', 'interrupted')),
    verdict         TEXT
                    CHECK (verdict IS NULL OR verdict IN
                           ('pass', 'skipped', 'fail', 'error', 'aborted', 'interrupted')),
    failing_step    TEXT,
    failure_reason  TEXT,
    attributes_json TEXT
) WITHOUT ROWID;

CREATE INDEX runs_serial ON runs (serial);
CREATE INDEX runs_imei ON runs (imei);
CREATE INDEX runs_started_utc ON runs (started_utc);
CREATE INDEX runs_verdict ON runs (verdict);
CREATE INDEX runs_state ON runs (state);

CREATE TABLE steps (
    run_id      TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    phase       TEXT,
    step_id     TEXT,
    name        TEXT,
    kind        TEXT,
    verdict     TEXT NOT NULL
                CHECK (verdict IN ('pass', 'skipped', 'fail', 'error', 'aborted')),
    started_utc TEXT,
    duration_ms REAL NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 1,
    measured    TEXT,
    low         REAL,
    high        REAL,
    unit        TEXT,
    message     TEXT,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE transcript (
    run_id    TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    utc_us    INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('tx', 'rx', 'note')),
    bytes     BLOB NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- One row per closed run (finished or interrupted), drained by the registry sync worker.
CREATE TABLE outbox (
    run_id      TEXT PRIMARY KEY NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    created_utc TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    state       TEXT NOT NULL DEFAULT 'pending'
);

CREATE INDEX outbox_state ON outbox (state);
