-- EOL Station record store, schema version 3: QA notes on runs and on devices.
-- A note belongs to a run (run_id set; serial = that run's serial) or to a device (run_id NULL,
-- serial set). Notes are never removed: a deletion stamps deleted_utc/deleted_by and the row
-- stays for the audit trail. note_id is a UUID and is also the note's id in the registry, so
-- sending a note twice changes nothing there.
-- sync_state: 'pending' (waiting for the registry), 'synced', 'rejected' (refused for good,
-- with sync_error; never resent).

CREATE TABLE notes (
    note_id       TEXT PRIMARY KEY NOT NULL,
    run_id        TEXT REFERENCES runs (run_id) ON DELETE CASCADE,
    serial        TEXT,
    author        TEXT NOT NULL,
    created_utc   TEXT NOT NULL,
    text          TEXT NOT NULL,
    deleted_utc   TEXT,
    deleted_by    TEXT,
    sync_state    TEXT NOT NULL DEFAULT 'pending'
                  CHECK (sync_state IN ('pending', 'synced', 'rejected')),
    sync_attempts INTEGER NOT NULL DEFAULT 0,
    sync_error    TEXT,
    synced_utc    TEXT,
    CHECK (run_id IS NOT NULL OR serial IS NOT NULL)
) WITHOUT ROWID;

CREATE INDEX notes_run ON notes (run_id, created_utc);
CREATE INDEX notes_serial ON notes (serial, created_utc);
CREATE INDEX notes_sync ON notes (sync_state, created_utc);
