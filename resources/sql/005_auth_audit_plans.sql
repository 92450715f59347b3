-- EOL Station record store, schema version 5: station users, the audit trail and plan revisions.
-- See docs/roles-and-audit.md and docs/plan-releases.md.
-- Timestamps are ISO-8601 UTC text with milliseconds, like every other table.

-- Station users. Users are disabled, never deleted: the audit trail and the run records name
-- them. Secrets are never stored: pin_hash is one self-describing string
-- "$scrypt$ln=15,r=8,p=1$<salt base64>$<key base64>" (the KDF parameters travel with the hash,
-- so they can be raised later and old hashes still verify); badge_hash is the SHA-256 of the
-- badge id (a high-entropy token printed in the badge QR, looked up by its hash).
CREATE TABLE users (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name     TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('operator', 'lead', 'qa', 'admin')),
    pin_hash         TEXT,
    badge_hash       TEXT UNIQUE,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until_utc TEXT,
    last_login_utc   TEXT,
    created_utc      TEXT NOT NULL,
    updated_utc      TEXT NOT NULL
);

CREATE TRIGGER users_never_deleted BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are disabled, never deleted: the audit trail names them');
END;

-- The audit trail: append-only. The database itself refuses to change or remove a row, so no
-- code path (and no hand-written SQL through the station's own connection) can rewrite history.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    utc          TEXT NOT NULL,
    station_id   TEXT,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT,
    old_value    TEXT,
    new_value    TEXT,
    details_json TEXT
);

CREATE INDEX audit_log_utc ON audit_log (utc);
CREATE INDEX audit_log_action ON audit_log (action, utc);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be deleted');
END;

-- Test plan revisions. content is the exact plan file bytes and sha256 their lower-case hex
-- SHA-256, the same hash every run records in runs.plan_sha256. A draft may be rewritten or
-- discarded; a released row never changes again (the triggers below). At most one draft per
-- plan: editing a released plan makes the next revision a draft whose parent is that release.
CREATE TABLE plan_revisions (
    plan_id         TEXT NOT NULL,
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'released')),
    author          TEXT NOT NULL,
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL,
    released_by     TEXT,
    released_utc    TEXT,
    sha256          TEXT NOT NULL,
    content         BLOB NOT NULL,
    parent_revision INTEGER,
    comment         TEXT,
    PRIMARY KEY (plan_id, revision),
    CHECK ((status = 'released') = (released_by IS NOT NULL AND released_utc IS NOT NULL))
);

CREATE UNIQUE INDEX plan_revisions_one_draft ON plan_revisions (plan_id) WHERE status = 'draft';
CREATE INDEX plan_revisions_sha256 ON plan_revisions (sha256);

CREATE TRIGGER plan_revisions_released_read_only BEFORE UPDATE ON plan_revisions
WHEN OLD.status = 'released'
BEGIN
    SELECT RAISE(ABORT, 'a released plan revision is read-only: save a new draft revision');
END;

CREATE TRIGGER plan_revisions_released_kept BEFORE DELETE ON plan_revisions
WHEN OLD.status = 'released'
BEGIN
    SELECT RAISE(ABORT, 'a released plan revision cannot be deleted: runs refer to it');
END;
