-- EOL Station record store, schema version 2: registry sync state of the outbox.
-- outbox.state: 'pending' (waiting / retrying), 'synced' (the registry holds the run),
-- 'rejected' or 'conflict' (the registry refused this run; never resent, kept for QA).

ALTER TABLE outbox ADD COLUMN last_attempt_utc TEXT;  -- when the run was last sent
ALTER TABLE outbox ADD COLUMN next_attempt_utc TEXT;  -- not before (backoff, Retry-After)
ALTER TABLE outbox ADD COLUMN synced_utc TEXT;        -- when the registry confirmed it
ALTER TABLE outbox ADD COLUMN reason TEXT;            -- the registry's rejected/conflict message
ALTER TABLE outbox ADD COLUMN reason_field TEXT;      -- the field it named, if any

CREATE INDEX outbox_state_created ON outbox (state, created_utc);
