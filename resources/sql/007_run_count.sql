-- EOL Station record store, schema version 7: the number of runs, kept by triggers.
--
-- SQLite counts a table by scanning its smallest index; on a million runs that is ~60 MB of
-- index pages, ~0.3 s on a freshly opened connection. The QA review shows "N runs match" for
-- the unfiltered view (all time, no other filter) from this one row instead.

CREATE TABLE run_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO run_count (id, n) SELECT 1, COUNT(*) FROM runs;

CREATE TRIGGER run_count_insert AFTER INSERT ON runs
BEGIN
    UPDATE run_count SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER run_count_delete AFTER DELETE ON runs
BEGIN
    UPDATE run_count SET n = n - 1 WHERE id = 1;
END;
