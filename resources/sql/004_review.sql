-- EOL Station record store, schema version 4: what the QA review view needs to stay fast on a
-- million runs (docs/qa-review.md).
--
-- runs.iccid      the ICCID attribute, copied out of attributes_json so the search
--                 (serial / IMEI / ICCID prefix) is an index range instead of a JSON scan.
-- runs.first_run  1 when no earlier run of the same serial exists (the unit's first test),
--                 else 0: first-pass yield = first runs that passed / first runs. A run with no
--                 serial is its own unit (1).
--
-- Both columns are kept by triggers, so every writer (the station, the CLI, imports) fills
-- them without knowing about them; existing rows are backfilled below. The indexes lead with
-- the filter columns of the review view and end with started_utc, so a filter on one column
-- returns its runs already in the view's order (newest first) without sorting.

ALTER TABLE runs ADD COLUMN iccid TEXT;
ALTER TABLE runs ADD COLUMN first_run INTEGER NOT NULL DEFAULT 1;

-- Backfill. json_valid guards rows whose attributes are not JSON (json_extract would abort the
-- whole migration on them).
UPDATE runs
   SET iccid = NULLIF(CAST(json_extract(attributes_json, '$.iccid') AS TEXT), '')
 WHERE attributes_json IS NOT NULL AND json_valid(attributes_json);

UPDATE runs
   SET first_run = 0
 WHERE serial IS NOT NULL
   AND EXISTS (SELECT 1 FROM runs AS earlier
                WHERE earlier.serial = runs.serial
                  AND (earlier.started_utc < runs.started_utc
                       OR (earlier.started_utc = runs.started_utc
                           AND earlier.run_id < runs.run_id)));

-- A new run: is it the serial's first? A run inserted with an earlier start than runs already
-- stored (clock corrections, imports) takes the "first" mark from them.
CREATE TRIGGER runs_review_insert AFTER INSERT ON runs
BEGIN
    UPDATE runs
       SET iccid = CASE WHEN json_valid(NEW.attributes_json)
                        THEN NULLIF(CAST(json_extract(NEW.attributes_json, '$.iccid') AS TEXT), '')
                   END,
           first_run = NEW.serial IS NULL OR NOT EXISTS (
               SELECT 1 FROM runs AS earlier
                WHERE earlier.serial = NEW.serial AND earlier.run_id <> NEW.run_id
                  AND (earlier.started_utc < NEW.started_utc
                       OR (earlier.started_utc = NEW.started_utc
                           AND earlier.run_id < NEW.run_id)))
     WHERE run_id = NEW.run_id;
    UPDATE runs
       SET first_run = 0
     WHERE NEW.serial IS NOT NULL AND serial = NEW.serial AND run_id <> NEW.run_id
       AND first_run = 1
       AND (started_utc > NEW.started_utc
            OR (started_utc = NEW.started_utc AND run_id > NEW.run_id));
END;

-- finishRun may fill the serial and the attributes (identity captured during the run).
CREATE TRIGGER runs_review_update AFTER UPDATE OF serial, started_utc, attributes_json ON runs
BEGIN
    UPDATE runs
       SET iccid = CASE WHEN json_valid(NEW.attributes_json)
                        THEN NULLIF(CAST(json_extract(NEW.attributes_json, '$.iccid') AS TEXT), '')
                   END,
           first_run = NEW.serial IS NULL OR NOT EXISTS (
               SELECT 1 FROM runs AS earlier
                WHERE earlier.serial = NEW.serial AND earlier.run_id <> NEW.run_id
                  AND (earlier.started_utc < NEW.started_utc
                       OR (earlier.started_utc = NEW.started_utc
                           AND earlier.run_id < NEW.run_id)))
     WHERE run_id = NEW.run_id;
    UPDATE runs
       SET first_run = 0
     WHERE NEW.serial IS NOT NULL AND serial = NEW.serial AND run_id <> NEW.run_id
       AND first_run = 1
       AND (started_utc > NEW.started_utc
            OR (started_utc = NEW.started_utc AND run_id > NEW.run_id));
    -- The serial changed: the old serial's earliest remaining run becomes its first.
    UPDATE runs
       SET first_run = 1
     WHERE OLD.serial IS NOT NULL AND OLD.serial IS NOT NEW.serial
       AND run_id = (SELECT run_id FROM runs WHERE serial = OLD.serial
                      ORDER BY started_utc, run_id LIMIT 1);
END;

-- (column, started_utc, verdict): filter on the column, newest first, without a sort; the
-- verdict rides along so "this product, last week, failed" is answered from the index alone.
-- They replace the single-column indexes of schema 1 on serial and verdict, which they cover.
DROP INDEX runs_serial;
DROP INDEX runs_verdict;
CREATE INDEX runs_serial_started ON runs (serial, started_utc);
CREATE INDEX runs_verdict_started ON runs (verdict, started_utc);
CREATE INDEX runs_iccid ON runs (iccid);
CREATE INDEX runs_product_started ON runs (product, started_utc, verdict);
CREATE INDEX runs_plan_started ON runs (plan_id, plan_revision, started_utc, verdict);
CREATE INDEX runs_failing_step_started ON runs (failing_step, started_utc, verdict);
CREATE INDEX runs_operator_started ON runs (operator, started_utc, verdict);
CREATE INDEX runs_batch_started ON runs (batch, started_utc, verdict);
CREATE INDEX runs_work_order_started ON runs (work_order, started_utc, verdict);
CREATE INDEX runs_station_started ON runs (station_id, started_utc, verdict);

-- First-pass yield per day and product reads only this index (partial: first runs only;
-- first_run is repeated as a column so SQLite sees the index covers the query).
CREATE INDEX runs_first_run ON runs (started_utc, product, verdict, first_run) WHERE first_run = 1;

-- Histogram of one step's measurements (all runs, or run by run for a filter), the list of steps
-- and their names: one index range per step id, covering the measured value.
CREATE INDEX steps_step_run ON steps (step_id, run_id, measured);
