-- EOL Station record store, schema version 6: the Pareto of failing steps under any review
-- filter without reading the runs table (docs/qa-review.md "Numbers").
--
-- A partial index over the failed runs only (a few per cent of all runs) that carries every
-- column the review filter can name except the serial / IMEI / ICCID search. The Pareto query
-- repeats this WHERE clause, so SQLite answers it from the index alone: on 1,000,000 runs a
-- product filter went from ~270 ms (one table row per failed run) to a few ms.

CREATE INDEX IF NOT EXISTS runs_failures
    ON runs (failing_step, verdict, started_utc, product, plan_id, plan_revision, batch,
             work_order, operator, station_id)
 WHERE failing_step IS NOT NULL AND verdict <> 'pass';
